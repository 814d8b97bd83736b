package org.netboxauto.core.push;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.netboxauto.core.MacAddress;

/**
 * The ordered actions of a push, the problems that kept something out, and the objects that could
 * be removed if the admin picks them.
 *
 * @param labels how the objects actions point at are shown: {@code HQ}, {@code web01 eth0 (new)}
 * @param titles how each planned host is headed when the plan is grouped by host: {@code device web01 (new)}
 */
public record PushPlan(List<PushAction> actions, List<PlanProblem> problems, List<RemovalCandidate> removable,
                       int hosts, Map<ObjectRef, String> labels, Map<MacAddress, String> titles) {

    public PushPlan {
        actions = List.copyOf(actions);
        problems = List.copyOf(problems);
        removable = List.copyOf(removable);
        labels = FrozenMap.of(labels);
        titles = FrozenMap.of(titles);
    }

    public PushPlan(List<PushAction> actions, List<PlanProblem> problems, List<RemovalCandidate> removable, int hosts,
                    Map<ObjectRef, String> labels) {
        this(actions, problems, removable, hosts, labels, Map.of());
    }

    /** Actions that write to NetBox; an unchanged inventory plans none. */
    public long writes() {
        return actions.stream().filter(a -> a.verb().writes()).count();
    }

    public Map<ActionVerb, Integer> countByVerb() {
        Map<ActionVerb, Integer> counts = new EnumMap<>(ActionVerb.class);
        actions.forEach(a -> counts.merge(a.verb(), 1, Integer::sum));
        return counts;
    }
}
