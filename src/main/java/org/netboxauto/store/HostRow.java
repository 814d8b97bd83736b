package org.netboxauto.store;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;

/**
 * A host as written to the {@code host} table: searchable columns, the whole host as JSON, and a
 * digest of that JSON that tells the next run whether the row changed. {@code last_seen} is the
 * last sighting when the row was written; the host's current one is in {@code details}.
 */
record HostRow(String mac, String hostname, String ipAddresses, Instant firstSeen, Instant lastSeen, String macs,
               String sources, String flags, String details, long digest) {

    /** @param reads when each source was last read by a finished run, this one included */
    static HostRow of(Host h, Map<String, Instant> reads) {
        String details = HostCodec.toJson(h, reads);
        return of(h, details, Digests.of(details));
    }

    /** @param details the host as {@link HostCodec} wrote it, and {@code digest} its digest */
    static HostRow of(Host h, String details, long digest) {
        return new HostRow(h.mac().toString(), h.hostnameValue().orElse(null), joinOrNull(String.join(" ", h.ipValues())),
                h.firstSeen(), h.lastSeen(), h.macs().stream().map(MacAddress::toString).collect(Collectors.joining(" ")),
                joinOrNull(String.join(" ", h.sources())),
                joinOrNull(h.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(" "))),
                details, digest);
    }

    private static String joinOrNull(String joined) {
        return joined.isEmpty() ? null : joined;
    }
}
