package org.netboxauto.core;

import java.util.Optional;

/** Host names from untrusted sources (DHCP, VM names): trimmed, control characters removed, length capped. */
public final class HostNames {

    public static final int MAX_LENGTH = 253;

    private HostNames() {
    }

    /** The name without control characters or surrounding blanks, or empty when nothing useful is left. */
    public static Optional<String> clean(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX_LENGTH));
        raw.codePoints()
                .filter(c -> !Character.isISOControl(c) && c != 0xFFFD && Character.getType(c) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        String cleaned = out.toString().strip();
        if (cleaned.length() > MAX_LENGTH) {
            cleaned = cleaned.substring(0, MAX_LENGTH).strip();
        }
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
    }
}
