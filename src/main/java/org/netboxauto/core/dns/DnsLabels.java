package org.netboxauto.core.dns;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.netboxauto.core.HostNames;

/**
 * Untrusted host names reduced to one RFC 1123 label: lower case {@code a-z0-9-}, at most 63
 * characters, no hyphen at either end. Accents are dropped ({@code Büro} becomes {@code buro});
 * letters with no ASCII form (Cyrillic look-alikes, CJK) make the name invalid rather than turning
 * it silently into another host's name.
 */
public final class DnsLabels {

    public static final int MAX_LABEL = 63;
    public static final int MAX_NAME = 253;

    private DnsLabels() {
    }

    /** A label, or why the name cannot be one. */
    public record Reduced(Optional<String> label, String reason) {
    }

    /**
     * The first label of {@code raw} after removing a trailing {@code .zone}, reduced to RFC 1123;
     * {@code zone} is lower case without a trailing dot.
     */
    public static Reduced reduce(String raw, String zone) {
        Optional<String> cleaned = HostNames.clean(raw);
        if (cleaned.isEmpty()) {
            return invalid("is empty once control characters and blanks are removed");
        }
        String name = cleaned.get().toLowerCase(Locale.ROOT);
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.endsWith("." + zone)) {
            name = name.substring(0, name.length() - zone.length() - 1);
        }
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        String decomposed = Normalizer.normalize(first, Normalizer.Form.NFKD);
        StringBuilder label = new StringBuilder(decomposed.length());
        TreeSet<String> foreign = new TreeSet<>();
        boolean replaced = false;
        for (int c : decomposed.codePoints().toArray()) {
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || c == '\'' || c == '\u2019') {
                continue;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                label.append((char) c);
                replaced = false;
            } else if (c == '-') {
                // the name's own hyphens stay (xn--, a--b), but not next to one standing for separators
                if (!replaced) {
                    label.append('-');
                }
            } else if (c >= 'A' && c <= 'Z') {
                label.append(Character.toLowerCase((char) c));
                replaced = false;
            } else if (c > 0x7F && Character.isLetterOrDigit(c)) {
                foreign.add(String.format("U+%04X", c));
            } else if (label.isEmpty() || label.charAt(label.length() - 1) != '-') {
                label.append('-');
                replaced = true;
            }
        }
        if (!foreign.isEmpty()) {
            return invalid("has letters with no DNS form (" + String.join(" ", foreign) + ")");
        }
        String result = trimHyphens(label.toString());
        if (result.length() > MAX_LABEL) {
            result = trimHyphens(result.substring(0, MAX_LABEL));
        }
        if (result.isEmpty()) {
            return invalid("has no letters or digits");
        }
        if (result.length() + 1 + zone.length() > MAX_NAME) {
            return invalid("is longer than " + MAX_NAME + " characters with the zone " + zone);
        }
        return new Reduced(Optional.of(result), "");
    }

    /** The name as it may be shown in a message: quoted, non-printing characters escaped, at most 80 characters. */
    public static String quote(String raw) {
        StringBuilder out = new StringBuilder("\"");
        raw.codePoints().limit(80).forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c < 0x20 || c == 0x7F || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR || c > 0xFFFF) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        if (raw.codePointCount(0, raw.length()) > 80) {
            out.append("...");
        }
        return out.append('"').toString();
    }

    private static String trimHyphens(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '-') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '-') {
            to--;
        }
        return s.substring(from, to);
    }

    private static Reduced invalid(String reason) {
        return new Reduced(Optional.empty(), reason);
    }
}
