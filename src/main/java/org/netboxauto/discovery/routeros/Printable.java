package org.netboxauto.discovery.routeros;

/** A peer's text shortened and stripped of control characters, safe to put in an error message. */
final class Printable {

    private static final int MAX = 120;

    private Printable() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return text.codePointCount(0, text.length()) > MAX ? out + "…" : out.toString();
    }
}
