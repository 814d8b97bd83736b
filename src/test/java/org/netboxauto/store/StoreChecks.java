package org.netboxauto.store;

import org.netboxauto.core.RunStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.netboxauto.testsupport.StoreFixtures;

/** Consistency checks on a store written with {@link StoreFixtures#writeCompleteRun}. */
final class StoreChecks {

    private StoreChecks() {
    }

    /** Asserts no torn run is visible and returns the number of runs. */
    static long assertOnlyCompleteRuns(MyBatisStagingStore store) {
        return store.read(session -> {
            long runs = session.getMapper(RunMapper.class).countRuns();
            long succeeded = session.getMapper(RunMapper.class).countRunsWithStatus(RunStatus.SUCCEEDED);
            long observations = session.getMapper(ObservationMapper.class).count();
            assertThat(succeeded).as("runs not finished").isEqualTo(runs);
            assertThat(observations).as("observations").isEqualTo(runs * StoreFixtures.OBSERVATIONS_PER_RUN);
            assertThat(scalar(session.getConnection(), """
                    SELECT COUNT(*) FROM discovery_run r
                    WHERE (SELECT COALESCE(SUM(o.line_count), 0) FROM observation_part o WHERE o.run_id = r.id) <> %d
                       OR (SELECT COUNT(*) FROM source_result s WHERE s.run_id = r.id) <> 1"""
                    .formatted(StoreFixtures.OBSERVATIONS_PER_RUN))).as("torn runs").isZero();
            return runs;
        });
    }

    private static long scalar(Connection connection, String sql) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
