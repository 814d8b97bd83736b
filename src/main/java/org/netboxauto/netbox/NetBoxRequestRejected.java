package org.netboxauto.netbox;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * NetBox answered 400 and said why, per field: {@code {"name": ["…"], "__all__": ["…"]}}. Bulk
 * errors are keyed {@code [index].field}.
 */
public final class NetBoxRequestRejected extends NetBoxException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, List<String>> fieldErrors;

    public NetBoxRequestRejected(String target, Map<String, List<String>> fieldErrors) {
        super(target, "400 rejected: " + describe(fieldErrors));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** NetBox's own messages per field; {@code __all__}, {@code non_field_errors} and {@code detail} included. */
    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }

    private static String describe(Map<String, List<String>> errors) {
        return errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + String.join(" ", e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
