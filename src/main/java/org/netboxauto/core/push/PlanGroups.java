package org.netboxauto.core.push;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.core.MacAddress;

/** A plan grouped as an admin reads it: what all hosts share first, then each host with its actions, removals last. */
public final class PlanGroups {

    /** One heading and its actions in plan order; {@code host} is empty for the shared and the removal groups. */
    public record Group(Optional<MacAddress> host, String title, List<PushAction> actions) {
        public Group {
            actions = List.copyOf(actions);
        }
    }

    static final String SHARED = "Shared by the hosts below (tag, sites, roles, types…)";
    static final String REMOVALS = "Removals";
    static final String ORPHANS = "Gone too long: set offline";

    private PlanGroups() {
    }

    public static List<Group> byHost(PushPlan plan) {
        List<PushAction> shared = new ArrayList<>();
        List<PushAction> removals = new ArrayList<>();
        List<PushAction> orphans = new ArrayList<>();
        Map<MacAddress, List<PushAction>> hosts = new LinkedHashMap<>();
        for (PushAction a : plan.actions()) {
            if (a.verb() == ActionVerb.DELETE) {
                removals.add(a);
            } else if (a.key().startsWith(OrphanActions.KEY_PREFIX)) {
                orphans.add(a);
            } else if (a.host().isEmpty()) {
                shared.add(a);
            } else {
                hosts.computeIfAbsent(a.host().get(), k -> new ArrayList<>()).add(a);
            }
        }
        List<Group> groups = new ArrayList<>();
        if (!shared.isEmpty()) {
            groups.add(new Group(Optional.empty(), SHARED, shared));
        }
        hosts.forEach((mac, actions) -> groups.add(new Group(Optional.of(mac),
                plan.titles().getOrDefault(mac, mac.toString()) + " · " + mac, actions)));
        if (!orphans.isEmpty()) {
            groups.add(new Group(Optional.empty(), ORPHANS, orphans));
        }
        if (!removals.isEmpty()) {
            groups.add(new Group(Optional.empty(), REMOVALS, removals));
        }
        return groups;
    }

    /** The actions in group order: the plan as it reads grouped by host; apply still sends them in plan order. */
    public static List<PushAction> ordered(PushPlan plan) {
        return byHost(plan).stream().flatMap(g -> g.actions().stream()).toList();
    }
}
