package org.netboxauto.core.push;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of a push told by its causes: each failed action once, with every action that was not
 * sent because of it, so 45 skips read as one line instead of 45.
 */
public final class FailureCauses {

    /** A failed action, NetBox's answer, and the actions skipped because it failed. */
    public record Cause(PushAction failed, ActionOutcome outcome, List<PushAction> skipped) {
        public Cause {
            skipped = List.copyOf(skipped);
        }
    }

    private FailureCauses() {
    }

    /** @param outcomes one per action, in the same order */
    public static List<Cause> of(List<PushAction> actions, List<ActionOutcome> outcomes) {
        Map<String, PushAction> byKey = new HashMap<>();
        Map<String, ActionOutcome> outcomeByKey = new HashMap<>();
        for (int i = 0; i < actions.size(); i++) {
            byKey.put(actions.get(i).key(), actions.get(i));
            outcomeByKey.put(actions.get(i).key(), outcomes.get(i));
        }
        Map<String, List<PushAction>> skippedBy = new LinkedHashMap<>();
        for (int i = 0; i < actions.size(); i++) {
            if (outcomes.get(i).state() == ActionOutcome.State.FAILED) {
                skippedBy.put(actions.get(i).key(), new ArrayList<>());
            }
        }
        for (int i = 0; i < actions.size(); i++) {
            PushAction a = actions.get(i);
            if (outcomes.get(i).state() == ActionOutcome.State.SKIPPED) {
                root(a, byKey, outcomeByKey).ifPresent(r -> skippedBy.get(r).add(a));
            }
        }
        List<Cause> causes = new ArrayList<>();
        skippedBy.forEach((key, skipped) -> causes.add(new Cause(byKey.get(key), outcomeByKey.get(key), skipped)));
        return causes;
    }

    /** The first failed action found down the skipped action's dependencies. */
    private static Optional<String> root(PushAction skipped, Map<String, PushAction> byKey,
                                         Map<String, ActionOutcome> outcomes) {
        Deque<String> todo = new ArrayDeque<>(skipped.dependsOn());
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String key = todo.poll();
            if (!seen.add(key) || !outcomes.containsKey(key)) {
                continue;
            }
            switch (outcomes.get(key).state()) {
                case FAILED -> {
                    return Optional.of(key);
                }
                case SKIPPED -> todo.addAll(byKey.get(key).dependsOn());
                default -> { }
            }
        }
        return Optional.empty();
    }
}
