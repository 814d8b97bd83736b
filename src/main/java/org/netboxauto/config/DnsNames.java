package org.netboxauto.config;

import java.util.List;
import java.util.Optional;

/** Zone names in the DNS sections. */
final class DnsNames {

    private static final String LABEL = "[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?";
    private static final String NAME = LABEL + "(\\." + LABEL + ")*\\.?";

    private DnsNames() {
    }

    static Optional<String> zone(ConfigSection s, String key, boolean required) {
        Optional<String> zone = required ? s.required(key, "a DNS zone such as \"lan.example.com\"") : s.string(key);
        return zone.filter(z -> valid(s, key, z));
    }

    static List<String> reverseZones(ConfigSection s) {
        List<String> zones = s.stringList("reverse-zones", List.of());
        return zones.stream().filter(z -> valid(s, "reverse-zones", z)).filter(z -> {
            String lower = z.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith("in-addr.arpa") || lower.endsWith("in-addr.arpa.") || lower.endsWith("ip6.arpa")
                    || lower.endsWith("ip6.arpa.")) {
                return true;
            }
            s.errorAt("reverse-zones", "\"" + z + "\" is not a reverse zone; expected e.g. \"1.168.192.in-addr.arpa\"");
            return false;
        }).toList();
    }

    private static boolean valid(ConfigSection s, String key, String name) {
        if (name.length() <= 253 && name.matches(NAME)) {
            return true;
        }
        s.errorAt(key, "\"" + name + "\" is not a DNS name");
        return false;
    }
}
