package org.netboxauto.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Sourced;

/** A host row written before hosts had details, rebuilt from its columns. */
record StoredHost(String mac, String hostname, List<String> ipAddresses, Instant firstSeen, Instant lastSeen) {

    Host toHost() {
        MacAddress m = MacAddress.of(mac);
        return new Host(m, List.of(m), ipAddresses.stream().map(ip -> new Sourced<>(ip, "unknown", lastSeen)).toList(),
                Optional.ofNullable(hostname).map(n -> new Sourced<>(n, "unknown", lastSeen)), Optional.empty(),
                Optional.empty(), List.of(), firstSeen, lastSeen, java.util.Set.of(), java.util.Map.of());
    }
}
