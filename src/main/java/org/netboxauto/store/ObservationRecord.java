package org.netboxauto.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One observation row; ip (IPs separated by spaces), hostname, evidence (JSON text) and groupKey may be
 * null. id is 0 before insert.
 */
public record ObservationRecord(long id, long runId, String source, Instant observedAt, String mac, String ip,
        String hostname, String evidence, String groupKey) {

    public ObservationRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(observedAt, "observedAt");
        CanonicalMac.require(mac);
    }

    public static ObservationRecord of(long runId, String source, Instant observedAt, String mac, String ip,
            String hostname, String evidence) {
        return new ObservationRecord(0, runId, source, observedAt, mac, ip, hostname, evidence, null);
    }
}
