package org.netboxauto.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
 * {@code observation_heads}, one row per source, ADR 0040): a read that reports the same again stores nothing,
 * and retention knows which stored lines a later one replaced.
 */
final class ObservationHeads {

    private static final long MIX = 0x9E3779B97F4A7C15L;
    private static final int ENTRY_BYTES = 3 * Long.BYTES;

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
        boolean moved = false;
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
            moved = true;
        }
        for (Map.Entry<Long, Head> e : heads.entrySet()) {
            Head head = e.getValue();
            if (head.present() && !byMac.containsKey(new MacAddress(e.getKey()))) {
                e.setValue(new Head(head.digest(), head.run(), false));
                moved = true;
            }
        }
        if (moved) {
            write(connection, source, heads);
        }
        replaced.forEach((run, range) -> ObservationParts.markReplaced(connection, run, source, range[0].toString(),
                range[1].toString()));
        return changed;
    }

    /** The source's heads by MAC bits; empty before its first stored read. */
    static Map<Long, Head> read(Connection connection, String source) {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT heads FROM observation_heads WHERE source = ?")) {
            st.setString(1, source);
            try (ResultSet rows = st.executeQuery()) {
                return rows.next() ? decode(rows.getBytes(1)) : new HashMap<>();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading what " + source + " last reported failed: " + e.getMessage(), e);
        }
    }

    static void write(Connection connection, String source, Map<Long, Head> heads) {
        byte[] bytes = encode(heads);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE observation_heads SET heads = ? WHERE source = ?")) {
            update.setBytes(1, bytes);
            update.setString(2, source);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO observation_heads (heads, source) VALUES (?, ?)")) {
                    insert.setBytes(1, bytes);
                    insert.setString(2, source);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Storing what " + source + " last reported failed: " + e.getMessage(), e);
        }
    }

    /** Each head as its MAC, digest and run, the run negated for a MAC the last read did not report. */
    private static byte[] encode(Map<Long, Head> heads) {
        ByteBuffer out = ByteBuffer.allocate(heads.size() * ENTRY_BYTES);
        heads.forEach((mac, head) -> out.putLong(mac).putLong(head.digest())
                .putLong(head.present() ? head.run() : -head.run()));
        return out.array();
    }

    private static Map<Long, Head> decode(byte[] bytes) {
        if (bytes.length % ENTRY_BYTES != 0) {
            throw new IllegalStateException("The stored heads are " + bytes.length + " bytes long, not a multiple of "
                    + ENTRY_BYTES);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        Map<Long, Head> heads = HashMap.newHashMap(bytes.length / ENTRY_BYTES);
        while (in.hasRemaining()) {
            long mac = in.getLong();
            long digest = in.getLong();
            long run = in.getLong();
            heads.put(mac, new Head(digest, Math.abs(run), run > 0));
        }
        return heads;
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
