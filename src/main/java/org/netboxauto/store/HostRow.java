package org.netboxauto.store;

import java.time.Instant;
import java.util.stream.Collectors;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;

/** A host as written to the {@code host} table: searchable columns plus the whole host as JSON. */
record HostRow(String mac, String hostname, String ipAddresses, Instant firstSeen, Instant lastSeen, String macs,
               String sources, String flags, String details) {

    static HostRow of(Host h) {
        return new HostRow(h.mac().toString(), h.hostnameValue().orElse(null), joinOrNull(String.join(" ", h.ipValues())),
                h.firstSeen(), h.lastSeen(), h.macs().stream().map(MacAddress::toString).collect(Collectors.joining(" ")),
                joinOrNull(String.join(" ", h.sources())),
                joinOrNull(h.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(" "))),
                HostCodec.toJson(h));
    }

    private static String joinOrNull(String joined) {
        return joined.isEmpty() ? null : joined;
    }
}
