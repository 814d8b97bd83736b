package org.netboxauto.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.ibatis.exceptions.PersistenceException;
import org.netboxauto.core.topology.SwitchReport;

/** Table {@code switch_report}: each switch source's last report, replaced by its next one. */
final class SwitchReportRows {

    private SwitchReportRows() {
    }

    static void save(Connection c, String source, Instant at, SwitchReport report) {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM switch_report WHERE source = ?");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO switch_report (source, reported_at, report) VALUES (?, ?, ?)")) {
            delete.setString(1, source);
            delete.executeUpdate();
            insert.setString(1, source);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.setString(3, SwitchReportJson.of(report));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("saving the switch report of " + source, e);
        }
    }

    static Map<String, SwitchReport> all(Connection c) {
        Map<String, SwitchReport> out = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT source, report FROM switch_report ORDER BY source");
             ResultSet rows = st.executeQuery()) {
            while (rows.next()) {
                out.put(rows.getString(1), SwitchReportJson.parse(rows.getString(2)));
            }
        } catch (SQLException e) {
            throw new PersistenceException("reading switch reports", e);
        }
        return out;
    }
}
