package org.netboxauto.store;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One number for the host rows as a read saw them — each row's MAC and digest, and the source reads
 * their documents are decoded against — so that a run closing can tell whether the hosts it merged
 * into are still the stored ones without reading and decoding them again. Rows are added in any order.
 * None when a row has no digest (written before rows had one): such hosts are always read again.
 */
final class HostsFingerprint {

    private static final long MIX = 0x9E3779B97F4A7C15L;

    private long sum;
    private long rows;
    private boolean complete = true;

    void add(String mac, Long digest) {
        if (digest == null) {
            complete = false;
            return;
        }
        long h = Digests.add(Digests.of(mac), Long.toString(digest));
        // a sum of mixed row digests does not depend on the order the rows came in
        sum += (h ^ (h >>> 29)) * MIX;
        rows++;
    }

    OptionalLong of(Map<String, Instant> reads) {
        if (!complete) {
            return OptionalLong.empty();
        }
        long h = Digests.add(Digests.of(Long.toString(sum)), Long.toString(rows));
        for (Map.Entry<String, Instant> read : new TreeMap<>(reads).entrySet()) {
            h = Digests.add(Digests.add(h, read.getKey()), read.getValue().toString());
        }
        return OptionalLong.of(h);
    }

    static OptionalLong of(Map<String, Long> digests, Map<String, Instant> reads) {
        HostsFingerprint fingerprint = new HostsFingerprint();
        digests.forEach(fingerprint::add);
        return fingerprint.of(reads);
    }
}
