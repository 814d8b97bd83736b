package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.testsupport.PostgresServer;
import org.postgresql.ds.PGSimpleDataSource;

/** Migration V17 on a store written a row per observation (schema 15), as an older version left it, on H2 and PostgreSQL. */
class ObservationsIntoPartsTest {

    private static final MacAddress A = MacAddress.of("02:00:00:00:00:0a");
    private static final MacAddress B = MacAddress.of("02:00:00:00:00:0b");
    private static final Instant T1 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-01T11:00:00Z");

    @TempDir
    Path dir;

    @Test
    void onH2RowsBecomePartsAndHeadsKeepWhatEachMacLastReported() throws Exception {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:file:" + dir.resolve("store") + ";DB_CLOSE_DELAY=-1");
        data.setUser("sa");
        rowsBecomePartsAndHeadsKeepWhatEachMacLastReported(data);
    }

    @Test
    void onPostgresRowsBecomePartsAndHeadsKeepWhatEachMacLastReported() throws Exception {
        PostgresServer server = PostgresServer.shared();
        PGSimpleDataSource data = new PGSimpleDataSource();
        data.setURL(server.jdbcUrl(server.createDatabase()));
        data.setUser(server.user());
        data.setPassword(server.password());
        rowsBecomePartsAndHeadsKeepWhatEachMacLastReported(data);
    }

    private static void rowsBecomePartsAndHeadsKeepWhatEachMacLastReported(DataSource data) throws Exception {
        Flyway.configure().dataSource(data).locations(SchemaMigrator.LOCATION).target("15").load().migrate();
        try (Connection c = data.getConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO discovery_run (id, started_at, finished_at, status) VALUES"
                    + " (1, TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00Z', TIMESTAMP WITH TIME ZONE '2026-01-01 10:01:00Z',"
                    + " 'succeeded'), (2, TIMESTAMP WITH TIME ZONE '2026-01-01 11:00:00Z',"
                    + " TIMESTAMP WITH TIME ZONE '2026-01-01 11:01:00Z', 'succeeded')");
            st.execute("INSERT INTO observation (run_id, source, observed_at, mac, ip, hostname, evidence, group_key)"
                    + " VALUES (1, 'routeros:core', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00Z', '" + B + "',"
                    + " '10.0.0.2 2001:db8::2', 'printer\nfloor 2', '{\"status\":\"bound\",\"n\":1}', NULL),"
                    + " (1, 'routeros:core', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00Z', '" + A + "', '10.0.0.1',"
                    + " 'web', NULL, 'vm:7'),"
                    + " (2, 'routeros:core', TIMESTAMP WITH TIME ZONE '2026-01-01 11:00:00Z', '" + A + "', '10.0.0.9',"
                    + " 'web', NULL, 'vm:7')");
            st.execute("INSERT INTO host_change (run_id, mac, kind, hostname, fields) VALUES"
                    + " (1, '" + B + "', 'new', 'printer', NULL), (1, '" + A + "', 'new', 'web', NULL),"
                    + " (2, '" + A + "', 'changed', 'web', 'ip\t10.0.0.1\t10.0.0.9\nport\tsw1 Gi1/0/1\tsw1 Gi1/0/2')");
            // B was not in the last read: its head was dropped
            st.execute("INSERT INTO observation_head (source, mac, digest) VALUES ('routeros:core', '" + A + "', 42)");
        }

        assertThat(SchemaMigrator.migrate(data, "the test store")).isEqualTo(SchemaMigrator.CURRENT);

        try (Connection c = data.getConnection()) {
            List<ObservationRecord> first = ObservationParts.ofRun(c, 1);
            assertThat(first).containsExactly(
                    new ObservationRecord(1, 1, "routeros:core", T1, A.toString(), "10.0.0.1", "web", null, "vm:7"),
                    new ObservationRecord(2, 1, "routeros:core", T1, B.toString(), "10.0.0.2 2001:db8::2",
                            "printer\nfloor 2", "{\"n\":\"1\",\"status\":\"bound\"}", null));
            assertThat(ObservationParts.ofMac(c, A)).extracting(Observation::observedAt, Observation::ips)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(T1, List.of("10.0.0.1")),
                            org.assertj.core.groups.Tuple.tuple(T2, List.of("10.0.0.9")));
            assertThat(ObservationHeads.read(c, "routeros:core")).isEqualTo(Map.of(
                    A.bits(), new ObservationHeads.Head(42, 2, true),
                    B.bits(), new ObservationHeads.Head(0, 1, false)));
            assertThatThrownBy(() -> c.createStatement().executeQuery("SELECT COUNT(*) FROM observation"))
                    .isInstanceOf(SQLException.class);
            assertThat(ChangeParts.ofRun(c, 1)).containsExactly(new ChangeRow(A.toString(), "new", "web", null),
                    new ChangeRow(B.toString(), "new", "printer", null));
            assertThat(ChangeParts.counts(c, 2)).containsExactly(0, 1, 0);
            assertThat(ChangeParts.portMoves(c, T1)).extracting(d -> d.change().mac(), ChangeParts.Dated::runStarted)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(A.toString(), T2));

            assertThat(ObservationParts.anyReplacedBefore(c, T2)).as("run 1 holds A's replaced lease").isTrue();
            assertThat(ObservationParts.deleteReplaced(c, T2.plusSeconds(1))).isEqualTo(1);
            assertThat(ObservationParts.ofRun(c, 1)).extracting(ObservationRecord::mac)
                    .as("B keeps its latest observation however old").containsExactly(B.toString());
            assertThat(ObservationParts.anyReplacedBefore(c, T2.plusSeconds(1))).isFalse();
            assertThat(ObservationParts.ofMac(c, A)).extracting(Observation::observedAt).containsExactly(T2);
        }
    }

    @Test
    void aLineKeepsWhatAnObservationSaysWhateverItsText() {
        Observation odd = new Observation("snmp:sw1", T1, A, List.of("192.0.2.1"), Optional.of("a \"quoted\"\nname"),
                Optional.of("lag:1"), Map.of("port", "Gi1/0/1\r\n", "vlan", "10"));
        String lines = ObservationLine.lines(List.of(odd, odd));
        assertThat(lines.split("\n")).hasSize(2).allSatisfy(line -> {
            assertThat(line).startsWith(ObservationLine.prefix(A.toString()));
            assertThat(ObservationLine.read("snmp:sw1", line)).isEqualTo(odd);
        });
    }
}
