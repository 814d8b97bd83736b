package org.netboxauto.ui.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;

/**
 * Flags that only the whole host list shows: an IP two hosts both hold, and a MAC that correlation
 * put on two hosts. Keyed by each host's primary MAC.
 */
record GridFlags(Set<MacAddress> ipConflicts, Set<MacAddress> duplicateMacs) {

    static final GridFlags NONE = new GridFlags(Set.of(), Set.of());

    static GridFlags of(List<Host> hosts) {
        Map<String, MacAddress> ipOwner = new HashMap<>();
        Map<MacAddress, MacAddress> macOwner = new HashMap<>();
        Set<MacAddress> conflicts = new HashSet<>();
        Set<MacAddress> duplicates = new HashSet<>();
        for (Host host : hosts) {
            for (String ip : host.ipValues()) {
                MacAddress other = ipOwner.putIfAbsent(ip, host.mac());
                if (other != null && !other.equals(host.mac())) {
                    conflicts.add(other);
                    conflicts.add(host.mac());
                }
            }
            for (MacAddress mac : host.macs()) {
                MacAddress other = macOwner.putIfAbsent(mac, host.mac());
                if (other != null && !other.equals(host.mac())) {
                    duplicates.add(other);
                    duplicates.add(host.mac());
                }
            }
        }
        // hash sets, not Set.copyOf: sequential MACs cluster in the immutable sets' linear probing
        return new GridFlags(java.util.Collections.unmodifiableSet(conflicts),
                java.util.Collections.unmodifiableSet(duplicates));
    }
}
