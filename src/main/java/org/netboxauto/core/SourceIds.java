package org.netboxauto.core;

import java.util.Locale;

/** Source ids are {@code kind:name} ({@code routeros:core-router}); the scanner's is plain {@code scan}. */
public final class SourceIds {

    private SourceIds() {
    }

    public static String of(SourceKind kind, String name) {
        String k = kind.name().toLowerCase(Locale.ROOT);
        return name == null || name.isEmpty() ? k : k + ":" + name;
    }

    /** @throws IllegalArgumentException when the id does not start with a known kind */
    public static SourceKind kind(String sourceId) {
        int colon = sourceId.indexOf(':');
        String kind = colon < 0 ? sourceId : sourceId.substring(0, colon);
        try {
            return SourceKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + sourceId + "\" is not a source id; expected KIND:NAME with KIND"
                    + " one of " + java.util.Arrays.stream(SourceKind.values())
                    .map(k -> k.name().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    public static String name(String sourceId) {
        int colon = sourceId.indexOf(':');
        return colon < 0 ? "" : sourceId.substring(colon + 1);
    }
}
