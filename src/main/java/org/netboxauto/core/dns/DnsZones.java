package org.netboxauto.core.dns;

import java.util.List;
import java.util.Locale;

/**
 * One target's zones: {@code target} is its config path ("dns.unbound"), {@code zone} holds the A and
 * AAAA records, {@code reverseZones} the PTR records (none: no PTR records). Names are normalized to
 * lower case without a trailing dot.
 */
public record DnsZones(String target, String zone, List<String> reverseZones, int ttl) {

    public DnsZones {
        zone = normalize(zone);
        reverseZones = reverseZones.stream().map(DnsZones::normalize).toList();
    }

    /** The longest reverse zone holding {@code name}, or null. */
    String reverseZoneOf(String name) {
        String best = null;
        for (String z : reverseZones) {
            if ((name.equals(z) || name.endsWith("." + z)) && (best == null || z.length() > best.length())) {
                best = z;
            }
        }
        return best;
    }

    /** The zone that holds {@code name}: the forward zone or a reverse zone, or null. */
    public String zoneOf(String name) {
        String reverse = reverseZoneOf(name);
        if (reverse != null) {
            return reverse;
        }
        return name.equals(zone) || name.endsWith("." + zone) ? zone : null;
    }

    public static String normalize(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
