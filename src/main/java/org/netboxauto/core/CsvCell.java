package org.netboxauto.core;

/**
 * One CSV cell (RFC 4180) that a spreadsheet opens as text: a value whose first non-blank character is
 * {@code = + - @}, or that starts with a tab or carriage return, gets a leading apostrophe so it is never
 * run as a formula; control and bidi characters are escaped as {@link PeerText} does, so the file is
 * safe to print in a terminal too.
 */
public final class CsvCell {

    private CsvCell() {
    }

    public static String of(String value) {
        String safe = PeerText.escape(neutralised(value));
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    /** {@code value}, with an apostrophe in front when a spreadsheet would read it as a formula. */
    static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        if (value.charAt(0) == '\t' || value.charAt(0) == '\r') {
            return "'" + value;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                continue;
            }
            return "=+-@".indexOf(c) >= 0 ? "'" + value : value;
        }
        return value;
    }
}
