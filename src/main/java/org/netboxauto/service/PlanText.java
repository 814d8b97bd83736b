package org.netboxauto.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.netboxauto.core.push.ActionVerb;
import org.netboxauto.core.push.FieldLabels;
import org.netboxauto.core.push.ObjectRef;
import org.netboxauto.core.push.PushAction;
import org.netboxauto.core.push.PushPlan;

/**
 * Plan values as an admin reads them: fields under NetBox's own labels ({@code Site: – → HQ}), a new
 * object as {@code web01 (new)}.
 */
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
            action.before().forEach((k, v) -> lines.add(name(action, k) + ": " + value(v, labels)));
            return lines;
        }
        action.after().forEach((k, v) -> {
            if (FieldLabels.shownWithAnother(k, action.after())) {
                return;
            }
            if (k.equals("custom_fields") && v instanceof Map<?, ?> custom) {
                // each custom field on its own, as NetBox's page lists them
                Object old = action.before().get(k);
                custom.forEach((field, value) -> lines.add(field(action, String.valueOf(field),
                        old instanceof Map<?, ?> m ? m.get(field) : null, value, labels)));
                return;
            }
            lines.add(field(action, k, action.before().get(k), v, labels));
        });
        return lines;
    }

    private static String field(PushAction action, String key, Object before, Object after,
                                Map<ObjectRef, String> labels) {
        return name(action, key) + ": " + (action.verb() == ActionVerb.UPDATE
                ? shown(key, value(before, labels)) + " → " + shown(key, value(after, labels))
                : shown(key, value(after, labels)));
    }

    /** A status as NetBox's pages show it: {@code active} is "Active". */
    private static String shown(String key, String value) {
        return key.equals("status") && !value.isEmpty() && !value.equals("–")
                ? Character.toUpperCase(value.charAt(0)) + value.substring(1) : value;
    }

    private static String name(PushAction action, String key) {
        return FieldLabels.of(action.type(), key);
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
            case Map<?, ?> m when m.containsKey("object_id") -> value(m.get("object_id"), labels);
            case Map<?, ?> m -> m.entrySet().stream().map(e -> e.getKey() + "=" + value(e.getValue(), labels))
                    .collect(Collectors.joining(", ", "{", "}"));
            case Collection<?> c -> c.stream().map(x -> value(x, labels)).collect(Collectors.joining(", ", "[", "]"));
            default -> v.toString();
        };
    }
}
