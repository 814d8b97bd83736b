package org.netboxauto.core;

import java.util.Optional;

/**
 * Host names from untrusted sources (DHCP, VM names): trimmed and control characters removed here;
 * a name longer than {@link #MAX_LENGTH} is cut by {@link Observation}, which records that it was.
 */
public final class HostNames {

    /** The longest DNS name; NetBox and DNS get shorter forms of it, each reduced by its own rules. */
    public static final int MAX_LENGTH = 253;

    private HostNames() {
    }

    /** The name without control characters or surrounding blanks, or empty when nothing useful is left. */
    public static Optional<String> clean(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints()
                .filter(c -> !Character.isISOControl(c) && c != 0xFFFD && Character.getType(c) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        String cleaned = out.toString().strip();
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
    }

    /** The first {@code max} characters of {@code text}, never half of a surrogate pair. */
    static String firstCodePoints(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)).strip();
    }
}
