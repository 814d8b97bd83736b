package org.netboxauto.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.netboxauto.core.push.ActionVerb;
import org.netboxauto.core.push.ObjectRef;
import org.netboxauto.core.push.PushAction;
import org.netboxauto.core.push.PushPlan;

/** Plan values as an admin reads them: {@code site: – → #3}, a new object as {@code (device web01)}. */
public final class PlanText {

    private PlanText() {
    }

    /**
     * One line per field written: {@code name: old → new}, a create showing only the new values, the
     * objects it points at by the plan's labels ({@code site: HQ}).
     */
    public static List<String> fields(PushPlan plan, PushAction action) {
        return fields(action, plan.labels());
    }

    private static List<String> fields(PushAction action, Map<ObjectRef, String> labels) {
        List<String> lines = new ArrayList<>();
        if (action.verb() == ActionVerb.DELETE) {
            action.before().forEach((k, v) -> lines.add(k + ": " + value(v, labels)));
            return lines;
        }
        action.after().forEach((k, v) -> lines.add(action.verb() == ActionVerb.UPDATE
                ? k + ": " + value(action.before().get(k), labels) + " → " + value(v, labels)
                : k + ": " + value(v, labels)));
        return lines;
    }

    public static String changes(PushPlan plan, PushAction action) {
        return String.join("; ", fields(plan, action));
    }

    public static String value(Object v) {
        return value(v, Map.of());
    }

    private static String value(Object v, Map<ObjectRef, String> labels) {
        return switch (v) {
            case null -> "–";
            case ObjectRef.Existing e -> labels.getOrDefault(e, "#" + e.id());
            case ObjectRef.Planned p -> labels.getOrDefault(p, "(new " + p.key().replaceFirst(":", " ") + ")");
            case Map<?, ?> m when m.size() == 1 && m.containsKey("slug") -> String.valueOf(m.get("slug"));
            case Map<?, ?> m -> m.entrySet().stream().map(e -> e.getKey() + "=" + value(e.getValue(), labels))
                    .collect(Collectors.joining(", ", "{", "}"));
            case Collection<?> c -> c.stream().map(x -> value(x, labels)).collect(Collectors.joining(", ", "[", "]"));
            default -> v.toString();
        };
    }
}
