package org.netboxauto.core.push;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan with the orphans the admin picked for status offline; those picked for removal go through
 * the planner's removals, which delete their cables first and leave the rest to NetBox's cascade.
 */
public final class OrphanActions {

    /** Keys of the actions this adds start with it. */
    public static final String KEY_PREFIX = "orphan-offline:";

    private OrphanActions() {
    }

    /**
     * @param proposed every orphan proposal: they leave the plan's removal candidates, listed once as orphans
     * @param picked   those to apply
     */
    public static PushPlan withOrphans(PushPlan plan, List<OrphanProposal> proposed, List<OrphanProposal> picked) {
        java.util.Set<ObjectRef.Existing> orphans = new java.util.HashSet<>();
        proposed.forEach(o -> orphans.add(o.ref()));
        List<RemovalCandidate> removable = plan.removable().stream().filter(r -> !orphans.contains(r.ref())).toList();
        List<PushAction> offline = new ArrayList<>();
        for (OrphanProposal o : picked) {
            if (o.step() != OrphanProposal.Step.OFFLINE) {
                continue;
            }
            offline.add(new PushAction(KEY_PREFIX + o.ref().type().contentType() + ":" + o.ref().id(),
                    Stage.MACHINES, ActionVerb.UPDATE, o.ref().type(), Optional.of(o.ref()),
                    o.ref().type().label() + " " + o.name(), Optional.empty(), Map.of("status", o.status()),
                    Map.of("status", "offline"), List.of()));
        }
        // without any, the plan's list (in stage order already) is kept as it is rather than copied and sorted
        List<PushAction> actions = plan.actions();
        if (!offline.isEmpty()) {
            actions = new ArrayList<>(plan.actions());
            actions.addAll(offline);
            actions.sort(Comparator.comparing(PushAction::stage));
        }
        return new PushPlan(actions, plan.problems(), removable, plan.hosts(), plan.labels(), plan.titles());
    }
}
