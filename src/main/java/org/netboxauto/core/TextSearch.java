package org.netboxauto.core;

import java.util.Locale;

/** Free-text host search: a partial MAC in any notation, part of an IP (or a link-local one), a name, a note. */
final class TextSearch {

    private TextSearch() {
    }

    static boolean matches(String text, Host host, Review review) {
        String needle = text.toLowerCase(Locale.ROOT);
        String hex = macDigits(needle);
        if (hex.length() >= 2 && host.macs().stream().anyMatch(m -> m.hexDigits().contains(hex))) {
            return true;
        }
        // a whole IPv6 address matches however it is written; a link-local one is found in the evidence
        String ip6 = needle.indexOf(':') >= 0 ? IpLiterals.canonical(needle) : needle;
        if (host.ipValues().stream().anyMatch(ip -> ip.contains(needle) || ip.equals(ip6))) {
            return true;
        }
        if (Ipv6Addresses.isLinkLocal(ip6) && host.evidence().values().stream()
                .anyMatch(e -> e.getOrDefault(Evidence.LINK_LOCAL, "").contains(ip6))) {
            return true;
        }
        return contains(host.hostnameValue().orElse(""), needle) || contains(review.nameOverride().orElse(""), needle)
                || contains(review.note().orElse(""), needle)
                || host.vendor().map(v -> contains(v.value(), needle)).orElse(false);
    }

    /** The hex digits of a text that looks like (part of) a MAC, or "" when it has other characters. */
    private static String macDigits(String s) {
        StringBuilder digits = new StringBuilder(12);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '-' || c == '.') {
                continue;
            }
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return "";
            }
            digits.append(c);
        }
        return digits.toString();
    }

    private static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
