package org.netboxauto.core.push;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.MacAddress;

/**
 * One step of a push. {@code after} holds the fields written (an {@link ObjectRef} where another
 * object's id goes), {@code before} their current values for an update.
 *
 * @param key       stable across runs: the same intent gets the same key, so journals line up
 * @param target    the object updated, deleted or found; empty for a create
 * @param dependsOn keys of the actions that must succeed first
 */
public record PushAction(String key, Stage stage, ActionVerb verb, NbType type, Optional<ObjectRef> target,
                         String label, Optional<MacAddress> host, Map<String, Object> before,
                         Map<String, Object> after, List<String> dependsOn) {

    public PushAction {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(host, "host");
        before = copy(before);
        after = copy(after);
        dependsOn = List.copyOf(dependsOn);
    }

    /** Most creates have no before and most updates change one field: neither needs a map of its own. */
    private static Map<String, Object> copy(Map<String, Object> fields) {
        return switch (fields.size()) {
            case 0 -> Collections.emptyMap();
            case 1 -> {
                Map.Entry<String, Object> only = fields.entrySet().iterator().next();
                yield Collections.singletonMap(only.getKey(), only.getValue());
            }
            default -> FieldMap.copyOf(fields);
        };
    }

    /** {@code create device web01}, for lists and logs. */
    public String summary() {
        return verb.name().toLowerCase(java.util.Locale.ROOT) + " " + label;
    }
}
