package org.netboxauto.core.compare;

import java.util.Locale;
import java.util.Optional;
import org.netboxauto.core.HostNames;
import org.netboxauto.core.IpLiterals;

/** Host names as matching compares them: cleaned, lower-case, without the domain. */
public final class NameKey {

    private NameKey() {
    }

    public static Optional<String> of(String name) {
        // no Optional chain: this runs for every NetBox object and every host, most of them before the JIT does
        String cleaned = isClean(name) ? name : HostNames.clean(name).orElse(null);
        if (cleaned == null) {
            return Optional.empty();
        }
        String lower = cleaned.toLowerCase(Locale.ROOT);
        String key;
        if (looksLikeIp(lower) && IpLiterals.isLiteral(lower)) {
            key = lower;
        } else {
            int dot = lower.indexOf('.');
            key = dot > 0 ? lower.substring(0, dot) : lower;
        }
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    /** Printable ASCII without blanks at either end, as most names are: {@link HostNames#clean} leaves it as it is. */
    private static boolean isClean(String name) {
        if (name == null || name.isEmpty() || name.length() > HostNames.MAX_LENGTH || name.charAt(0) == ' '
                || name.charAt(name.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** A cheap test first: parsing a non-address throws, and exceptions are slow by the ten thousand. */
    private static boolean looksLikeIp(String s) {
        if (s.indexOf(':') >= 0) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
