package org.netboxauto.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.service.JournalEntry;
import org.netboxauto.service.PushSummary;

/** The push journal: one row per push, one per action, each action's state written as soon as it is known. */
final class PushJournalRepository {

    private final MyBatisStagingStore store;

    PushJournalRepository(MyBatisStagingStore store) {
        this.store = store;
    }

    long start(Instant started, String target, List<JournalEntry> planned) {
        return store.write(session -> {
            Connection c = session.getConnection();
            long id;
            try (PreparedStatement st = c.prepareStatement("INSERT INTO push_run (started_at, target) VALUES (?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                JdbcBatches.setTime(st, 1, started);
                st.setString(2, target);
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot start the push journal: " + e.getMessage(), e);
            }
            JdbcBatches.run(c, "INSERT INTO push_action (push_id, seq, action_key, summary, state, netbox_id, message,"
                    + " changes, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", planned, (st, e) -> {
                        st.setLong(1, id);
                        st.setInt(2, e.seq());
                        st.setString(3, e.key());
                        st.setString(4, clip(e.summary(), 2000));
                        st.setString(5, state(e.state()));
                        st.setObject(6, e.netboxId().orElse(null));
                        JdbcBatches.setText(st, 7, e.message().map(m -> clip(m, 8000)).orElse(null));
                        JdbcBatches.setText(st, 8, clip(e.changes(), 100_000));
                        JdbcBatches.setTime(st, 9, started);
                    });
            return id;
        });
    }

    void record(long pushId, List<ActionOutcome> outcomes, Instant at) {
        store.write(session -> {
            JdbcBatches.run(session.getConnection(), "UPDATE push_action SET state = ?, netbox_id = ?, message = ?,"
                    + " updated_at = ? WHERE push_id = ? AND action_key = ?", outcomes, (st, o) -> {
                        st.setString(1, state(o.state()));
                        st.setObject(2, o.id().orElse(null));
                        JdbcBatches.setText(st, 3, o.message().map(m -> clip(m, 8000)).orElse(null));
                        JdbcBatches.setTime(st, 4, at);
                        st.setLong(5, pushId);
                        st.setString(6, o.key());
                    });
            return null;
        });
    }

    void finish(long pushId, Instant finished) {
        store.write(session -> {
            try (PreparedStatement st = session.getConnection()
                    .prepareStatement("UPDATE push_run SET finished_at = ? WHERE id = ?")) {
                JdbcBatches.setTime(st, 1, finished);
                st.setLong(2, pushId);
                st.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot finish the push journal: " + e.getMessage(), e);
            }
            return null;
        });
    }

    Optional<PushSummary> last() {
        return store.read(session -> {
            try (PreparedStatement st = session.getConnection().prepareStatement("SELECT r.id, r.started_at,"
                    + " r.finished_at, r.target, COUNT(a.seq),"
                    + " SUM(CASE WHEN a.state = 'ok' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN a.state = 'failed' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN a.state = 'skipped' THEN 1 ELSE 0 END)"
                    + " FROM push_run r LEFT JOIN push_action a ON a.push_id = r.id"
                    + " WHERE r.id = (SELECT MAX(id) FROM push_run)"
                    + " GROUP BY r.id, r.started_at, r.finished_at, r.target");
                 ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<PushSummary>empty();
                }
                Timestamp finished = rs.getTimestamp(3);
                return Optional.of(new PushSummary(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        Optional.ofNullable(finished).map(Timestamp::toInstant), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8)));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the push journal: " + e.getMessage(), e);
            }
        });
    }

    List<JournalEntry> actions(long pushId) {
        return store.read(session -> {
            List<JournalEntry> entries = new ArrayList<>();
            try (PreparedStatement st = session.getConnection().prepareStatement("SELECT seq, action_key, summary,"
                    + " state, netbox_id, message, changes FROM push_action WHERE push_id = ? ORDER BY seq")) {
                st.setLong(1, pushId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(5);
                        Optional<Long> netboxId = rs.wasNull() ? Optional.empty() : Optional.of(id);
                        entries.add(new JournalEntry(rs.getInt(1), rs.getString(2), rs.getString(3),
                                ActionOutcome.State.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)), netboxId,
                                Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getString(7)).orElse("")));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the push journal: " + e.getMessage(), e);
            }
            return entries;
        });
    }

    private static String state(ActionOutcome.State state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
