package org.netboxauto.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored observation, as the store's readers and tests see it; ip (IPs separated by spaces), hostname,
 * evidence (JSON text) and groupKey may be null.
 */
public record ObservationRecord(long id, long runId, String source, Instant observedAt, String mac, String ip,
        String hostname, String evidence, String groupKey) {

    public ObservationRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(observedAt, "observedAt");
        CanonicalMac.require(mac);
    }

    /** An observation as stored: {@code id} is its place among the run's stored lines, from 1. */
    public static ObservationRecord of(long id, long runId, org.netboxauto.core.Observation o) {
        return new ObservationRecord(id, runId, o.source(), o.observedAt(), o.mac().toString(),
                o.ips().isEmpty() ? null : String.join(" ", o.ips()), o.hostname().orElse(null),
                EvidenceJson.of(o.evidence()), o.group().orElse(null));
    }
}
