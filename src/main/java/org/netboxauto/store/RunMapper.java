package org.netboxauto.store;

import org.netboxauto.core.SourceStatus;
import org.netboxauto.core.RunStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Discovery runs and their per-source results. */
public interface RunMapper {

    @Insert("INSERT INTO discovery_run (started_at, status) VALUES (#{started}, #{status})")
    @Options(useGeneratedKeys = true, keyProperty = "key.value", keyColumn = "id")
    void insertRun(@Param("started") Instant started, @Param("status") RunStatus status,
            @Param("key") GeneratedId key);

    @Update("UPDATE discovery_run SET finished_at = #{finished}, status = #{status} WHERE id = #{id}")
    int finishRun(@Param("id") long id, @Param("finished") Instant finished, @Param("status") RunStatus status);

    @Select("SELECT id, started_at, finished_at, status FROM discovery_run WHERE id = #{id}")
    @ConstructorArgs({
        @Arg(column = "id", javaType = long.class),
        @Arg(column = "started_at", javaType = Instant.class),
        @Arg(column = "finished_at", javaType = Instant.class),
        @Arg(column = "status", javaType = RunStatus.class)
    })
    Optional<RunRecord> findRun(long id);

    @Select("""
            SELECT id, started_at, finished_at, status FROM discovery_run
            WHERE finished_at IS NOT NULL ORDER BY finished_at DESC, id DESC LIMIT 1""")
    @ConstructorArgs({
        @Arg(column = "id", javaType = long.class),
        @Arg(column = "started_at", javaType = Instant.class),
        @Arg(column = "finished_at", javaType = Instant.class),
        @Arg(column = "status", javaType = RunStatus.class)
    })
    Optional<RunRecord> findLastFinished();

    @Select("SELECT COUNT(*) FROM discovery_run")
    long countRuns();

    @Select("SELECT COUNT(*) FROM discovery_run WHERE status = #{status}")
    long countRunsWithStatus(RunStatus status);

    /** When the most recent run finished; null when none has. */
    @Select("SELECT MAX(finished_at) FROM discovery_run")
    Instant lastFinished();

    @Insert("""
            INSERT INTO source_result (run_id, source, status, observation_count, error_message)
            VALUES (#{runId}, #{source}, #{status}, #{observationCount}, #{errorMessage})""")
    void insertSourceResult(SourceResultRecord result);

    @Select("""
            SELECT run_id, source, status, observation_count, error_message
            FROM source_result WHERE run_id = #{runId} ORDER BY source""")
    @ConstructorArgs({
        @Arg(column = "run_id", javaType = long.class),
        @Arg(column = "source", javaType = String.class),
        @Arg(column = "status", javaType = SourceStatus.class),
        @Arg(column = "observation_count", javaType = int.class),
        @Arg(column = "error_message", javaType = String.class)
    })
    List<SourceResultRecord> findSourceResults(long runId);

    /** Each source's result in the latest run that read it. */
    @Select("""
            SELECT r.run_id, r.source, r.status, r.observation_count, r.error_message
            FROM source_result r
            WHERE r.run_id = (SELECT MAX(l.run_id) FROM source_result l WHERE l.source = r.source)
            ORDER BY r.source""")
    @ConstructorArgs({
        @Arg(column = "run_id", javaType = long.class),
        @Arg(column = "source", javaType = String.class),
        @Arg(column = "status", javaType = SourceStatus.class),
        @Arg(column = "observation_count", javaType = int.class),
        @Arg(column = "error_message", javaType = String.class)
    })
    List<SourceResultRecord> findLatestSourceResults();
}
