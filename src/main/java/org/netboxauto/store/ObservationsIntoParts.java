package org.netboxauto.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.netboxauto.core.MacAddress;

/**
 * Migration V17 (ADR 0040): the observations and change records stored a row each move into parts of lines,
 * the observations' heads into one packed row per source, and the old tables go. A part is marked replaced when a later run stored one of its MACs.
 */
final class ObservationsIntoParts implements JavaMigration {

    static final String VERSION = "17";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Row(String mac, Instant at, List<String> ips, String hostname, String group,
            Map<String, String> evidence) {
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(VERSION);
    }

    @Override
    public String getDescription() {
        return "observations and changes into parts";
    }

    @Override
    public Integer getChecksum() {
        return 17;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<String, Map<Long, Long>> latest = latestRuns(connection);
        moveObservations(connection, latest);
        Map<String, Map<Long, ObservationHeads.Head>> heads = new HashMap<>();
        latest.forEach((source, runs) -> runs.forEach((mac, run) -> heads.computeIfAbsent(source, s -> new HashMap<>())
                .put(mac, new ObservationHeads.Head(0, run, false))));
        try (Statement st = connection.createStatement();
             ResultSet rows = st.executeQuery("SELECT source, mac, digest FROM observation_head")) {
            while (rows.next()) {
                long mac = MacAddress.of(rows.getString(2)).bits();
                Map<Long, ObservationHeads.Head> of = heads.computeIfAbsent(rows.getString(1), s -> new HashMap<>());
                ObservationHeads.Head was = of.get(mac);
                of.put(mac, new ObservationHeads.Head(rows.getLong(3), was == null ? 0 : was.run(), true));
            }
        }
        heads.forEach((source, of) -> ObservationHeads.write(connection, source, of));
        moveChanges(connection);
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE observation_head");
            st.execute("DROP TABLE observation");
            st.execute("DROP TABLE host_change");
        }
    }

    private static void moveChanges(Connection connection) throws SQLException {
        Map<Long, List<ChangeRow>> byRun = new TreeMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rows = st.executeQuery("SELECT run_id, mac, kind, hostname, fields FROM host_change")) {
            while (rows.next()) {
                byRun.computeIfAbsent(rows.getLong(1), r -> new ArrayList<>()).add(new ChangeRow(rows.getString(2),
                        rows.getString(3), rows.getString(4), rows.getString(5)));
            }
        }
        byRun.forEach((run, changes) -> ChangeParts.insert(connection, run, changes));
    }

    /** Per source, each MAC's latest run with an observation of it. */
    private static Map<String, Map<Long, Long>> latestRuns(Connection connection) throws SQLException {
        Map<String, Map<Long, Long>> latest = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rows = st.executeQuery("SELECT source, mac, MAX(run_id) FROM observation GROUP BY source, mac")) {
            while (rows.next()) {
                latest.computeIfAbsent(rows.getString(1), s -> new HashMap<>())
                        .put(MacAddress.of(rows.getString(2)).bits(), rows.getLong(3));
            }
        }
        return latest;
    }

    private static void moveObservations(Connection connection, Map<String, Map<Long, Long>> latest)
            throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rows = st.executeQuery("SELECT run_id, source, observed_at, mac, ip, hostname, evidence,"
                     + " group_key FROM observation ORDER BY run_id, source, mac, id");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO observation_part (run_id, source,"
                     + " part_no, first_mac, last_mac, line_count, replaced, observations)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            long run = -1;
            String source = null;
            int part = 0;
            List<Row> lines = new ArrayList<>();
            while (rows.next()) {
                long rowRun = rows.getLong(1);
                String rowSource = rows.getString(2);
                if (rowRun != run || !rowSource.equals(source) || lines.size() == JsonLines.PER_PART) {
                    insertPart(insert, run, source, part, lines, latest);
                    part = rowRun == run && rowSource.equals(source) ? part + 1 : 0;
                    run = rowRun;
                    source = rowSource;
                }
                String ip = rows.getString(5);
                lines.add(new Row(rows.getString(4), rows.getObject(3, OffsetDateTime.class).toInstant(),
                        ip == null ? List.of() : List.of(ip.split(" ")), rows.getString(6), rows.getString(8),
                        evidence(rows.getString(7))));
            }
            insertPart(insert, run, source, part, lines, latest);
        }
    }

    private static void insertPart(PreparedStatement insert, long run, String source, int part, List<Row> lines,
            Map<String, Map<Long, Long>> latest) throws SQLException {
        if (lines.isEmpty()) {
            return;
        }
        Map<Long, Long> latestOf = latest.getOrDefault(source, Map.of());
        boolean replaced = lines.stream().anyMatch(l -> latestOf.getOrDefault(MacAddress.of(l.mac()).bits(), run) > run);
        insert.setLong(1, run);
        insert.setString(2, source);
        insert.setInt(3, part);
        insert.setString(4, lines.getFirst().mac());
        insert.setString(5, lines.getLast().mac());
        insert.setInt(6, lines.size());
        insert.setBoolean(7, replaced);
        insert.setString(8, JsonLines.of(lines, (json, l) -> ObservationLine.write(json, l.mac(), l.at(),
                l.ips(), l.hostname(), l.group(), l.evidence())));
        insert.executeUpdate();
        lines.clear();
    }

    /** Evidence as the old rows kept it (a JSON object); unreadable evidence is dropped, as reading it did. */
    private static Map<String, String> evidence(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            Map<String, Object> read = JSON.readValue(json, new TypeReference<TreeMap<String, Object>>() { });
            Map<String, String> evidence = new TreeMap<>();
            read.forEach((k, v) -> evidence.put(k, String.valueOf(v)));
            return evidence;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Map.of();
        }
    }
}
