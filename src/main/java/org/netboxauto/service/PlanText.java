package org.netboxauto.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.netboxauto.core.push.ActionVerb;
import org.netboxauto.core.push.ObjectRef;
import org.netboxauto.core.push.PushAction;

/** Plan values as an admin reads them: {@code site: – → #3}, a new object as {@code (device web01)}. */
public final class PlanText {

    private PlanText() {
    }

    /** One line per field written: {@code name: old → new}; a create shows only the new values. */
    public static List<String> fields(PushAction action) {
        List<String> lines = new ArrayList<>();
        if (action.verb() == ActionVerb.DELETE) {
            action.before().forEach((k, v) -> lines.add(k + ": " + value(v)));
            return lines;
        }
        action.after().forEach((k, v) -> lines.add(action.verb() == ActionVerb.UPDATE
                ? k + ": " + value(action.before().get(k)) + " → " + value(v)
                : k + ": " + value(v)));
        return lines;
    }

    public static String changes(PushAction action) {
        return String.join("; ", fields(action));
    }

    public static String value(Object v) {
        return switch (v) {
            case null -> "–";
            case ObjectRef.Existing e -> "#" + e.id();
            case ObjectRef.Planned p -> "(new " + p.key().replaceFirst(":", " ") + ")";
            case Map<?, ?> m when m.size() == 1 && m.containsKey("slug") -> String.valueOf(m.get("slug"));
            case Map<?, ?> m -> m.entrySet().stream().map(e -> e.getKey() + "=" + value(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
            case Collection<?> c -> c.stream().map(PlanText::value).collect(Collectors.joining(", ", "[", "]"));
            default -> v.toString();
        };
    }
}
