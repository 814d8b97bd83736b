package org.netboxauto.ui.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.compare.Comparison;
import org.netboxauto.core.compare.Outcome;

/** What the last NetBox comparison found for each discovered host: matched, different, only discovered. */
public record InNetBox(Map<MacAddress, Outcome> byMac, boolean compared) {

    public static final InNetBox NOT_COMPARED = new InNetBox(Map.of(), false);
    /** The filter value for hosts the last comparison did not cover (found since). */
    static final String NOT_IN_LAST_READ = "NOT_IN_LAST_READ";

    public static InNetBox of(List<Comparison> rows) {
        Map<MacAddress, Outcome> byMac = new HashMap<>();
        for (Comparison c : rows) {
            c.host().ifPresent(h -> h.macs().forEach(m -> byMac.put(m, c.outcome())));
        }
        return new InNetBox(Map.copyOf(byMac), true);
    }

    /** The cell's text: empty before any comparison. */
    String label(MacAddress mac) {
        if (!compared) {
            return "";
        }
        Outcome o = byMac.get(mac);
        return o == null ? "not in last read" : label(o);
    }

    static String label(Outcome o) {
        return switch (o) {
            case SAME -> "matched";
            case DIFFERENT -> "different";
            case ONLY_DISCOVERED -> "only discovered";
            case AMBIGUOUS -> "ambiguous";
            case ONLY_NETBOX -> "only in NetBox";
        };
    }

    /** Whether the host passes the filter value (an {@link Outcome} name, {@link #NOT_IN_LAST_READ}, or blank). */
    boolean matches(MacAddress mac, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        Outcome o = byMac.get(mac);
        return NOT_IN_LAST_READ.equals(filter) ? o == null : o != null && o.name().equals(filter);
    }
}
