package org.netboxauto.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A correlated host row, keyed by MAC. */
public record HostRecord(String mac, String hostname, List<String> ipAddresses, Instant firstSeen,
        Instant lastSeen) {

    public HostRecord {
        CanonicalMac.require(mac);
        ipAddresses = ipAddresses == null ? List.of() : List.copyOf(ipAddresses);
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }
}
