package org.netboxauto.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.exceptions.PersistenceException;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;

/**
 * The stored observations (table {@code observation_part}, ADR 0040): what one source reported in one run,
 * sorted by MAC, as lines of JSON in parts of at most {@value JsonLines#PER_PART}. A first run of 50,000 leases
 * stores a hundred rows instead of a hundred thousand; a MAC's history reads the parts whose MAC range holds it.
 */
public final class ObservationParts {

    private static final String INSERT = "INSERT INTO observation_part (run_id, source, part_no, first_mac, last_mac,"
            + " line_count, observations) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String OF_MAC = "SELECT run_id, source, part_no, observations FROM observation_part"
            + " WHERE last_mac >= ? AND first_mac <= ?";
    private static final String OF_RUN = "SELECT source, observations FROM observation_part WHERE run_id = ?"
            + " ORDER BY source, part_no";
    private static final String REPLACED = "SELECT p.run_id, p.source, p.part_no, p.observations"
            + " FROM observation_part p JOIN discovery_run r ON r.id = p.run_id WHERE p.replaced AND r.started_at < ?";

    private record Part(int number, String firstMac, String lastMac, int lines, String text) {
    }

    private ObservationParts() {
    }

    /** Stores what {@code source} reported in the run, after any part it stored before in the same run. */
    public static void insert(Connection connection, long runId, String source, List<Observation> observations) {
        if (observations.isEmpty()) {
            return;
        }
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparing(Observation::mac));
        int first = nextPart(connection, runId, source);
        List<List<Observation>> lines = JsonLines.parts(sorted);
        List<Part> written = java.util.stream.IntStream.range(0, lines.size()).parallel().mapToObj(i -> {
            List<Observation> part = lines.get(i);
            return new Part(first + i, part.getFirst().mac().toString(), part.getLast().mac().toString(), part.size(),
                    ObservationLine.lines(part));
        }).toList();
        JdbcBatches.run(connection, INSERT, written, (st, p) -> {
            st.setLong(1, runId);
            st.setString(2, source);
            st.setInt(3, p.number());
            st.setString(4, p.firstMac());
            st.setString(5, p.lastMac());
            st.setInt(6, p.lines());
            st.setString(7, p.text());
        });
    }

    private static int nextPart(Connection connection, long runId, String source) {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT MAX(part_no) FROM observation_part WHERE run_id = ? AND source = ?")) {
            st.setLong(1, runId);
            st.setString(2, source);
            try (ResultSet rows = st.executeQuery()) {
                rows.next();
                int last = rows.getInt(1);
                return rows.wasNull() ? 0 : last + 1;
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the observations of run " + runId + " failed: " + e.getMessage(), e);
        }
    }

    /** What the sources reported of this MAC whenever it changed, oldest first. */
    static List<Observation> ofMac(Connection connection, MacAddress mac) {
        String text = mac.toString();
        String prefix = ObservationLine.prefix(text);
        record Found(Observation observation, long run, int part, int line) {
        }
        List<Found> found = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(OF_MAC)) {
            st.setString(1, text);
            st.setString(2, text);
            try (ResultSet rows = st.executeQuery()) {
                while (rows.next()) {
                    String[] lines = JsonLines.split(rows.getString(4));
                    for (int i = 0; i < lines.length; i++) {
                        if (lines[i].startsWith(prefix)) {
                            found.add(new Found(ObservationLine.read(rows.getString(2), lines[i]), rows.getLong(1),
                                    rows.getInt(3), i));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the observations of " + text + " failed: " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing((Found f) -> f.observation().observedAt()).thenComparingLong(Found::run)
                .thenComparingInt(Found::part).thenComparingInt(Found::line));
        return found.stream().map(Found::observation).toList();
    }

    /** The observations stored for a run, by source, in the order they are stored. */
    public static List<ObservationRecord> ofRun(Connection connection, long runId) {
        List<ObservationRecord> found = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(OF_RUN)) {
            st.setLong(1, runId);
            try (ResultSet rows = st.executeQuery()) {
                while (rows.next()) {
                    for (String line : JsonLines.split(rows.getString(2))) {
                        found.add(ObservationRecord.of(found.size() + 1, runId,
                                ObservationLine.read(rows.getString(1), line)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the observations of run " + runId + " failed: " + e.getMessage(), e);
        }
        return found;
    }

    /**
     * Marks the parts of an earlier run of the source that may hold lines about MACs between {@code low} and
     * {@code high} as replaced: a later observation of one of those MACs now exists.
     */
    static void markReplaced(Connection connection, long runId, String source, String low, String high) {
        try (PreparedStatement st = connection.prepareStatement("UPDATE observation_part SET replaced = TRUE"
                + " WHERE run_id = ? AND source = ? AND last_mac >= ? AND first_mac <= ? AND NOT replaced")) {
            st.setLong(1, runId);
            st.setString(2, source);
            st.setString(3, low);
            st.setString(4, high);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Marking the replaced observations of run " + runId + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** Whether a part of a run started before {@code before} holds a line a later observation replaced. */
    static boolean anyReplacedBefore(Connection connection, Instant before) {
        try (PreparedStatement st = connection.prepareStatement(REPLACED + " FETCH FIRST 1 ROWS ONLY")) {
            JdbcBatches.setTime(st, 1, before);
            try (ResultSet rows = st.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Looking for replaced observations failed: " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the lines of runs started before {@code before} that a later observation of the same MAC and
     * source replaced; each MAC keeps, per source, the lines of its latest run however old. Returns how many.
     */
    static int deleteReplaced(Connection connection, Instant before) {
        record Marked(long run, String source, int part, String text) {
        }
        List<Marked> marked = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(REPLACED)) {
            JdbcBatches.setTime(st, 1, before);
            try (ResultSet rows = st.executeQuery()) {
                while (rows.next()) {
                    marked.add(new Marked(rows.getLong(1), rows.getString(2), rows.getInt(3), rows.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading replaced observations failed: " + e.getMessage(), e);
        }
        record Kept(Marked part, List<String> lines) {
        }
        Map<String, Map<Long, ObservationHeads.Head>> heads = new HashMap<>();
        int deleted = 0;
        List<Marked> emptied = new ArrayList<>();
        List<Kept> kept = new ArrayList<>();
        for (Marked m : marked) {
            Map<Long, ObservationHeads.Head> latest = heads.computeIfAbsent(m.source(),
                    s -> ObservationHeads.read(connection, s));
            List<String> keep = new ArrayList<>();
            String[] lines = JsonLines.split(m.text());
            for (String line : lines) {
                ObservationHeads.Head head = latest.get(MacAddress.of(ObservationLine.macOf(line)).bits());
                if (head == null || head.run() <= m.run()) {
                    keep.add(line);
                }
            }
            deleted += lines.length - keep.size();
            if (keep.isEmpty()) {
                emptied.add(m);
            } else {
                kept.add(new Kept(m, keep));
            }
        }
        JdbcBatches.run(connection, "DELETE FROM observation_part WHERE run_id = ? AND source = ? AND part_no = ?",
                emptied, (st, m) -> {
                    st.setLong(1, m.run());
                    st.setString(2, m.source());
                    st.setInt(3, m.part());
                });
        JdbcBatches.run(connection, "UPDATE observation_part SET replaced = FALSE, first_mac = ?, last_mac = ?,"
                + " line_count = ?, observations = ? WHERE run_id = ? AND source = ? AND part_no = ?", kept, (st, k) -> {
                    st.setString(1, ObservationLine.macOf(k.lines().getFirst()));
                    st.setString(2, ObservationLine.macOf(k.lines().getLast()));
                    st.setInt(3, k.lines().size());
                    st.setString(4, JsonLines.join(k.lines()));
                    st.setLong(5, k.part().run());
                    st.setString(6, k.part().source());
                    st.setInt(7, k.part().part());
                });
        return deleted;
    }
}
