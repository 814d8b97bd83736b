package org.netboxauto.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * Plain JDBC batches for the tens of thousands of rows one run writes: MyBatis' batch executor
 * costs several times more per row than the statement itself.
 */
final class JdbcBatches {

    private static final int CHUNK = 1_000;

    private JdbcBatches() {
    }

    /** Binds one row's values to the statement. */
    interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    static <T> void run(Connection connection, String sql, List<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
                if (++pending == CHUNK) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Writing " + rows.size() + " rows failed: " + e.getMessage(), e);
        }
    }

    static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static void setTime(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setObject(index, value.atOffset(java.time.ZoneOffset.UTC));
    }

}
