package org.netboxauto.core;

import java.util.Locale;
import java.util.Map;

/**
 * Free-text host search: a partial MAC in any notation, part of an IP (or a link-local one), a name, a note.
 * Compiled once per filter, then asked for every row without building any text.
 */
final class TextSearch {

    private final String needle;
    /** The needle's hex digits as a number and how many there are; 0 digits when it is not (part of) a MAC. */
    private final long hex;
    private final int hexDigits;
    /**
     * The needle as a whole IPv6 address in canonical spelling, as stored IPs are: it matches however it was
     * written (expanded, upper case, with a zone). The needle itself when it is not one.
     */
    private final String ip6;
    private final boolean linkLocal;

    TextSearch(String text) {
        needle = text.toLowerCase(Locale.ROOT);
        ip6 = needle.indexOf(':') >= 0 ? IpLiterals.canonical(needle) : needle;
        linkLocal = Ipv6Addresses.isLinkLocal(ip6);
        long value = 0;
        int digits = 0;
        for (int i = 0; i < needle.length() && digits >= 0; i++) {
            char c = needle.charAt(i);
            int digit = Character.digit(c, 16);
            if (c == ':' || c == '-' || c == '.') {
                continue;
            }
            if (digit < 0 || c > 'f' || ++digits > 12) {
                digits = -1;
            } else {
                value = value << 4 | digit;
            }
        }
        hex = value;
        hexDigits = Math.max(digits, 0);
    }

    boolean matches(Host host, Review review) {
        if (hexDigits >= 2) {
            for (MacAddress mac : host.macs()) {
                if (containsDigits(mac.bits())) {
                    return true;
                }
            }
        }
        for (Sourced<String> ip : host.ips()) {
            if (ip.value().contains(needle) || ip.value().equals(ip6)) {
                return true;
            }
        }
        if (linkLocal && inLinkLocalEvidence(host)) {
            return true;
        }
        return contains(host.hostname().map(Sourced::value).orElse(null))
                || contains(review.nameOverride().orElse(null)) || contains(review.note().orElse(null))
                || contains(host.vendor().map(Sourced::value).orElse(null));
    }

    /** A link-local address is never a host IP; it is kept in each source's evidence instead. */
    private boolean inLinkLocalEvidence(Host host) {
        for (Map<String, String> evidence : host.evidence().values()) {
            String addresses = evidence.get(Evidence.LINK_LOCAL);
            if (addresses != null && addresses.contains(ip6)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the MAC's twelve hex digits contain the needle's digits, at any digit position. */
    private boolean containsDigits(long bits) {
        long mask = (1L << (4 * hexDigits)) - 1;
        for (int shift = 4 * (12 - hexDigits); shift >= 0; shift -= 4) {
            if ((bits >>> shift & mask) == hex) {
                return true;
            }
        }
        return false;
    }

    private boolean contains(String haystack) {
        if (haystack == null) {
            return false;
        }
        for (int i = 0; i + needle.length() <= haystack.length(); i++) {
            if (haystack.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }
}
