package org.netboxauto.core;

/**
 * Text that came from a peer (an error body, a device name, a router's message), made safe to print in a
 * terminal, a log line, a dialog or a table: control characters (ESC, CSI, OSC, C0, C1, DEL), line breaks
 * and bidirectional overrides are shown escaped ({@code \x1B}, {@code \u202E}) instead of acting, and
 * long text is cut with a note saying how much was left out.
 */
public final class PeerText {

    /** How much of a peer's text a message keeps by default. */
    public static final int MESSAGE_LIMIT = 300;

    private PeerText() {
    }

    /** {@code text} with every control and bidi character escaped, cut to {@value #MESSAGE_LIMIT} characters. */
    public static String clean(String text) {
        return cut(text, MESSAGE_LIMIT);
    }

    /** {@code text} with every control and bidi character escaped, cut to {@code max} code points with a note. */
    public static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 16);
        int kept = 0;
        int i = 0;
        while (i < text.length() && kept < max) {
            int c = text.codePointAt(i);
            escape(out, c);
            i += Character.charCount(c);
            kept++;
        }
        if (i < text.length()) {
            int rest = text.codePointCount(i, text.length());
            out.append("… (").append(rest).append(rest == 1 ? " more character)" : " more characters)");
        }
        return out.toString();
    }

    /** {@code text} with every control and bidi character escaped, whatever its length (for stored values). */
    public static String escape(String text) {
        return text == null ? "" : cut(text, Integer.MAX_VALUE);
    }

    /** Whether {@code text} holds a character that {@link #escape} would change. */
    public static boolean isUnsafe(String text) {
        return text != null && text.codePoints().anyMatch(PeerText::unsafe);
    }

    static boolean unsafe(int c) {
        return Character.isISOControl(c) || bidi(c) || c == 0x2028 || c == 0x2029
                || Character.getType(c) == Character.FORMAT;
    }

    private static boolean bidi(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    private static void escape(StringBuilder out, int c) {
        if (!unsafe(c)) {
            out.appendCodePoint(c);
        } else if (c == '\n') {
            out.append("\\n");
        } else if (c == '\r') {
            out.append("\\r");
        } else if (c == '\t') {
            out.append("\\t");
        } else if (c < 0x100) {
            out.append(String.format("\\x%02X", c));
        } else {
            out.append(String.format("\\u%04X", c));
        }
    }
}
