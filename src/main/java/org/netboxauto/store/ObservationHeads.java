package org.netboxauto.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.ibatis.exceptions.PersistenceException;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;

/**
 * Per source and MAC, a digest of what the source last reported and the run that stored it (table
 * {@code observation_heads}, packed in {@value #BUCKETS} rows per source by a hash of the MAC, ADR 0040): a read
 * that reports the same again stores nothing, and retention knows which stored lines a later one replaced.
 */
final class ObservationHeads {

    private static final long MIX = 0x9E3779B97F4A7C15L;
    private static final int ENTRY_BYTES = 3 * Long.BYTES;
    static final int BUCKETS = 256;

    /**
     * @param run     the run whose stored lines are the MAC's latest from this source
     * @param present whether the source's last read reported the MAC (one that comes back is stored again)
     */
    record Head(long digest, long run, boolean present) {
    }

    private ObservationHeads() {
    }

    /**
     * Moves the source's heads to this read and returns the observations worth storing: those of the MACs
     * whose observations differ from the head, or that the last read did not report (new, or back). The parts
     * of earlier runs holding what these MACs replace are marked for retention.
     */
    static List<Observation> advance(Connection connection, String source, long runId, List<Observation> observations) {
        Map<MacAddress, List<Observation>> byMac = new LinkedHashMap<>();
        for (Observation o : observations) {
            byMac.computeIfAbsent(o.mac(), m -> new ArrayList<>(1)).add(o);
        }
        Map<Long, Head> heads = read(connection, source);
        List<Observation> changed = new ArrayList<>();
        // per earlier run, the lowest and highest MAC whose lines there are replaced now
        Map<Long, MacAddress[]> replaced = new TreeMap<>();
        BitSet moved = new BitSet(BUCKETS);
        for (Map.Entry<MacAddress, List<Observation>> e : byMac.entrySet()) {
            long digest = 0;
            for (Observation o : e.getValue()) {
                digest += digest(o) * MIX;
            }
            MacAddress mac = e.getKey();
            Head head = heads.get(mac.bits());
            if (head != null && head.present() && head.digest() == digest) {
                continue;
            }
            changed.addAll(e.getValue());
            if (head != null && head.run() != runId) {
                replaced.merge(head.run(), new MacAddress[] {mac, mac}, (a, b) -> new MacAddress[] {
                        a[0].compareTo(b[0]) <= 0 ? a[0] : b[0], a[1].compareTo(b[1]) >= 0 ? a[1] : b[1]});
            }
            heads.put(mac.bits(), new Head(digest, runId, true));
            moved.set(bucket(mac.bits()));
        }
        for (Map.Entry<Long, Head> e : heads.entrySet()) {
            Head head = e.getValue();
            if (head.present() && !byMac.containsKey(new MacAddress(e.getKey()))) {
                e.setValue(new Head(head.digest(), head.run(), false));
                moved.set(bucket(e.getKey()));
            }
        }
        write(connection, source, heads, moved);
        replaced.forEach((run, range) -> ObservationParts.markReplaced(connection, run, source, range[0].toString(),
                range[1].toString()));
        return changed;
    }

    /** The source's heads by MAC bits; empty before its first stored read. */
    static Map<Long, Head> read(Connection connection, String source) {
        Map<Long, Head> heads = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT heads FROM observation_heads WHERE source = ?")) {
            st.setString(1, source);
            try (ResultSet rows = st.executeQuery()) {
                while (rows.next()) {
                    decode(rows.getBytes(1), heads);
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading what " + source + " last reported failed: " + e.getMessage(), e);
        }
        return heads;
    }

    /** Every bucket of the source's heads. */
    static void write(Connection connection, String source, Map<Long, Head> heads) {
        BitSet all = new BitSet(BUCKETS);
        all.set(0, BUCKETS);
        write(connection, source, heads, all);
    }

    /** The buckets set in {@code buckets}; an empty bucket's row is deleted. */
    private static void write(Connection connection, String source, Map<Long, Head> heads, BitSet buckets) {
        if (buckets.isEmpty()) {
            return;
        }
        List<List<Map.Entry<Long, Head>>> byBucket = new ArrayList<>(BUCKETS);
        for (int i = 0; i < BUCKETS; i++) {
            byBucket.add(new ArrayList<>());
        }
        for (Map.Entry<Long, Head> e : heads.entrySet()) {
            int bucket = bucket(e.getKey());
            if (buckets.get(bucket)) {
                byBucket.get(bucket).add(e);
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM observation_heads WHERE source = ? AND bucket = ?");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE observation_heads SET heads = ? WHERE source = ? AND bucket = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO observation_heads (heads, source, bucket) VALUES (?, ?, ?)")) {
            for (int bucket = buckets.nextSetBit(0); bucket >= 0; bucket = buckets.nextSetBit(bucket + 1)) {
                List<Map.Entry<Long, Head>> entries = byBucket.get(bucket);
                if (entries.isEmpty()) {
                    delete.setString(1, source);
                    delete.setInt(2, bucket);
                    delete.executeUpdate();
                    continue;
                }
                byte[] bytes = encode(entries);
                update.setBytes(1, bytes);
                update.setString(2, source);
                update.setInt(3, bucket);
                if (update.executeUpdate() == 0) {
                    insert.setBytes(1, bytes);
                    insert.setString(2, source);
                    insert.setInt(3, bucket);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Storing what " + source + " last reported failed: " + e.getMessage(), e);
        }
    }

    /** A MAC's bucket: the top bits of a multiplicative hash, so that a vendor's MACs spread over all of them. */
    static int bucket(long mac) {
        return (int) ((mac * MIX) >>> 56);
    }

    /** Each head as its MAC, digest and run, the run negated for a MAC the last read did not report. */
    private static byte[] encode(List<Map.Entry<Long, Head>> heads) {
        ByteBuffer out = ByteBuffer.allocate(heads.size() * ENTRY_BYTES);
        for (Map.Entry<Long, Head> e : heads) {
            Head head = e.getValue();
            out.putLong(e.getKey()).putLong(head.digest()).putLong(head.present() ? head.run() : -head.run());
        }
        return out.array();
    }

    private static void decode(byte[] bytes, Map<Long, Head> into) {
        if (bytes.length % ENTRY_BYTES != 0) {
            throw new IllegalStateException("Stored heads are " + bytes.length + " bytes long, not a multiple of "
                    + ENTRY_BYTES);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        while (in.hasRemaining()) {
            long mac = in.getLong();
            long digest = in.getLong();
            long run = in.getLong();
            into.put(mac, new Head(digest, Math.abs(run), run > 0));
        }
    }

    /** Everything an observation says but when it said it. */
    private static long digest(Observation o) {
        long d = Digests.of(o.source());
        d = Digests.add(d, o.mac().toString());
        d = Digests.add(d, Integer.toString(o.ips().size()));
        for (String ip : o.ips()) {
            d = Digests.add(d, ip);
        }
        d = Digests.add(d, o.hostname().orElse(null));
        d = Digests.add(d, o.group().orElse(null));
        for (Map.Entry<String, String> e : new TreeMap<>(o.evidence()).entrySet()) {
            d = Digests.add(Digests.add(d, e.getKey()), e.getValue());
        }
        return d;
    }
}
