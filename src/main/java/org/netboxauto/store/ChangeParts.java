package org.netboxauto.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * The hosts each run found new, changed or gone (table {@code host_change_part}, ADR 0040): a run's change
 * records sorted by kind and MAC, as JSON lines in parts of at most {@value JsonLines#PER_PART}, each part
 * counting its kinds and saying whether a line moves a host to another switch port.
 */
final class ChangeParts {

    private static final String INSERT = "INSERT INTO host_change_part (run_id, part_no, new_count, changed_count,"
            + " gone_count, port_moves, changes) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String PORT_MOVES = "SELECT p.changes, r.started_at FROM host_change_part p"
            + " JOIN discovery_run r ON r.id = p.run_id WHERE r.started_at >= ? AND p.port_moves"
            + " ORDER BY r.started_at, p.run_id, p.part_no";

    /** A change record and the start of the run that recorded it. */
    record Dated(ChangeRow change, Instant runStarted) {
    }

    private record Part(int number, int[] counts, boolean portMoves, String text) {
    }

    private ChangeParts() {
    }

    static void insert(Connection connection, long runId, List<ChangeRow> changes) {
        List<ChangeRow> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparing(ChangeRow::kind).thenComparing(ChangeRow::mac));
        List<List<ChangeRow>> lines = JsonLines.parts(sorted);
        List<Part> parts = new ArrayList<>();
        for (List<ChangeRow> part : lines) {
            int[] counts = new int[3];
            boolean portMoves = false;
            for (ChangeRow c : part) {
                counts[switch (c.kind()) {
                    case "new" -> 0;
                    case "changed" -> 1;
                    default -> 2;
                }]++;
                portMoves |= movesPort(c);
            }
            parts.add(new Part(parts.size(), counts, portMoves, JsonLines.of(part, ChangeParts::write)));
        }
        JdbcBatches.run(connection, INSERT, parts, (st, p) -> {
            st.setLong(1, runId);
            st.setInt(2, p.number());
            st.setInt(3, p.counts()[0]);
            st.setInt(4, p.counts()[1]);
            st.setInt(5, p.counts()[2]);
            st.setBoolean(6, p.portMoves());
            st.setString(7, p.text());
        });
    }

    /** A change record that moves its host to another switch port: alerts read those. */
    static boolean movesPort(ChangeRow c) {
        return c.fields() != null && (c.fields().startsWith("port\t") || c.fields().contains("\nport\t"));
    }

    /** The run's change records, by kind and MAC. */
    static List<ChangeRow> ofRun(Connection connection, long runId) {
        List<ChangeRow> found = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT changes FROM host_change_part WHERE run_id = ? ORDER BY part_no")) {
            st.setLong(1, runId);
            try (ResultSet rows = st.executeQuery()) {
                while (rows.next()) {
                    for (String line : JsonLines.split(rows.getString(1))) {
                        found.add(read(line));
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the changes of run " + runId + " failed: " + e.getMessage(), e);
        }
        return found;
    }

    /** How many hosts the run found new, changed and gone. */
    static long[] counts(Connection connection, long runId) {
        try (PreparedStatement st = connection.prepareStatement("SELECT COALESCE(SUM(new_count), 0),"
                + " COALESCE(SUM(changed_count), 0), COALESCE(SUM(gone_count), 0) FROM host_change_part"
                + " WHERE run_id = ?")) {
            st.setLong(1, runId);
            try (ResultSet rows = st.executeQuery()) {
                rows.next();
                return new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)};
            }
        } catch (SQLException e) {
            throw new PersistenceException("Counting the changes of run " + runId + " failed: " + e.getMessage(), e);
        }
    }

    /** The change records of runs started since {@code since} that move a host to another port, oldest first. */
    static List<Dated> portMoves(Connection connection, Instant since) {
        List<Dated> found = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(PORT_MOVES)) {
            JdbcBatches.setTime(st, 1, since);
            try (ResultSet rows = st.executeQuery()) {
                while (rows.next()) {
                    Instant started = rows.getObject(2, OffsetDateTime.class).toInstant();
                    for (String line : JsonLines.split(rows.getString(1))) {
                        ChangeRow change = read(line);
                        if (movesPort(change)) {
                            found.add(new Dated(change, started));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the hosts' port changes failed: " + e.getMessage(), e);
        }
        return found;
    }

    static void write(JsonGenerator json, ChangeRow c) throws IOException {
        json.writeStartObject();
        json.writeStringField("mac", c.mac());
        json.writeStringField("kind", c.kind());
        if (c.hostname() != null) {
            json.writeStringField("hostname", c.hostname());
        }
        if (c.fields() != null) {
            json.writeStringField("fields", c.fields());
        }
        json.writeEndObject();
    }

    private static ChangeRow read(String line) {
        try (JsonParser json = JsonLines.JSON.createParser(line)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("A stored change record is not as written: " + line);
            }
            String mac = null;
            String kind = null;
            String hostname = null;
            String fields = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "mac" -> mac = json.getText();
                    case "kind" -> kind = json.getText();
                    case "hostname" -> hostname = json.getText();
                    case "fields" -> fields = json.getText();
                    default -> json.skipChildren();
                }
            }
            if (mac == null || kind == null) {
                throw new IllegalStateException("A stored change record lacks its MAC or kind: " + line);
            }
            return new ChangeRow(mac, kind, hostname, fields);
        } catch (IOException e) {
            throw new IllegalStateException("A stored change record is not readable: " + line, e);
        }
    }
}
