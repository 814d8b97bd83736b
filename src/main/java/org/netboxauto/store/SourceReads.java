package org.netboxauto.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * When each source was last read successfully by a run that finished: the time its observations
 * carry, which stored hosts refer to instead of repeating it (see {@link HostCodec}).
 */
final class SourceReads {

    private static final String SELECT = """
            SELECT s.source, MAX(r.started_at) FROM source_result s JOIN discovery_run r ON r.id = s.run_id
            WHERE s.status = 'succeeded' AND r.finished_at IS NOT NULL GROUP BY s.source""";

    private SourceReads() {
    }

    static Map<String, Instant> all(Connection connection) {
        Map<String, Instant> reads = new HashMap<>();
        try (var statement = connection.prepareStatement(SELECT); var rows = statement.executeQuery()) {
            while (rows.next()) {
                reads.put(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant());
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading when each source was last read failed: " + e.getMessage(), e);
        }
        return reads;
    }
}
