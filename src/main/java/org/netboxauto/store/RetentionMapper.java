package org.netboxauto.store;

import java.time.Instant;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Compaction of what is older than {@code store.retention}: runs nothing refers to any more, once
 * {@link ObservationParts#deleteReplaced} has deleted the observations a later one replaced. Host rows and
 * change records are never touched.
 */
public interface RetentionMapper {

    /** A finished run started before {@code before} that nothing refers to; see {@link #deleteEmptyRuns}. */
    String EMPTY_RUN = """
            d.started_at < #{before} AND d.finished_at IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM observation_part o WHERE o.run_id = d.id)
            AND NOT EXISTS (SELECT 1 FROM host_change_part c WHERE c.run_id = d.id)
            AND d.id NOT IN (SELECT MAX(l.run_id) FROM source_result l GROUP BY l.source)
            AND d.id NOT IN (SELECT x.id FROM discovery_run x WHERE x.finished_at IS NOT NULL
                             ORDER BY x.finished_at DESC, x.id DESC FETCH FIRST 1 ROWS ONLY)
            AND NOT EXISTS (SELECT 1 FROM source_result s WHERE s.run_id = d.id AND s.status = 'succeeded'
                AND NOT EXISTS (SELECT 1 FROM source_result s2 JOIN discovery_run r2 ON r2.id = s2.run_id
                    WHERE s2.source = s.source AND s2.status = 'succeeded' AND r2.finished_at IS NOT NULL
                    AND r2.started_at > d.started_at))""";

    /** Whether {@link #deleteEmptyRuns} would delete a run older than {@code before}. */
    @Select("SELECT COUNT(*) FROM (SELECT 1 FROM discovery_run d WHERE " + EMPTY_RUN + " FETCH FIRST 1 ROWS ONLY) x")
    long anyEmptyRunBefore(@Param("before") Instant before);

    /**
     * Old finished runs with no observation and no change left, and that are neither a source's latest
     * result, nor a source's latest successful read (stored hosts refer to its time), nor the latest run.
     * Their source results go with them.
     */
    @Delete("DELETE FROM discovery_run d WHERE " + EMPTY_RUN)
    int deleteEmptyRuns(@Param("before") Instant before);
}
