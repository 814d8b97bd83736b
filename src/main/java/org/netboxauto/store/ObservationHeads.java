package org.netboxauto.store;

import java.sql.Connection;
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
 * Per source and MAC, a digest of what the source last reported (table {@code observation_head}):
 * a read that reports the same again stores nothing.
 */
final class ObservationHeads {

    private static final long MIX = 0x9E3779B97F4A7C15L;

    private ObservationHeads() {
    }

    /**
     * Moves the source's heads to this read and returns the observations worth storing: those of
     * the MACs whose observations differ from the head, or that had none (new, or back after a read
     * that did not report them). The heads of MACs this read did not report are dropped.
     */
    static List<Observation> advance(Connection connection, String source, List<Observation> observations) {
        Map<MacAddress, List<Observation>> byMac = new LinkedHashMap<>();
        for (Observation o : observations) {
            byMac.computeIfAbsent(o.mac(), m -> new ArrayList<>(1)).add(o);
        }
        Map<String, Long> heads = read(connection, source);
        List<Observation> changed = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Map.Entry<MacAddress, List<Observation>> e : byMac.entrySet()) {
            String mac = e.getKey().toString();
            long digest = 0;
            for (Observation o : e.getValue()) {
                digest += digest(o) * MIX;
            }
            Long head = heads.remove(mac);
            if (head == null || head != digest) {
                changed.addAll(e.getValue());
                (head == null ? inserts : updates).add(new Object[] {mac, digest});
            }
        }
        JdbcBatches.run(connection, "DELETE FROM observation_head WHERE source = ? AND mac = ?",
                List.copyOf(heads.keySet()), (st, mac) -> {
                    st.setString(1, source);
                    st.setString(2, mac);
                });
        JdbcBatches.run(connection, "UPDATE observation_head SET digest = ? WHERE source = ? AND mac = ?", updates,
                (st, row) -> {
                    st.setLong(1, (Long) row[1]);
                    st.setString(2, source);
                    st.setString(3, (String) row[0]);
                });
        JdbcBatches.run(connection, "INSERT INTO observation_head (digest, source, mac) VALUES (?, ?, ?)", inserts,
                (st, row) -> {
                    st.setLong(1, (Long) row[1]);
                    st.setString(2, source);
                    st.setString(3, (String) row[0]);
                });
        return changed;
    }

    private static Map<String, Long> read(Connection connection, String source) {
        Map<String, Long> heads = new HashMap<>();
        try (var statement = connection.prepareStatement("SELECT mac, digest FROM observation_head WHERE source = ?")) {
            statement.setString(1, source);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    heads.put(rows.getString(1), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading what " + source + " last reported failed: " + e.getMessage(), e);
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
