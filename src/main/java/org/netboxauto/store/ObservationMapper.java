package org.netboxauto.store;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;

/** Observations, appended per discovery run. */
public interface ObservationMapper {

    String COLUMNS = "id, run_id, source, observed_at, mac, ip, hostname, evidence, group_key";

    @Insert("""
            INSERT INTO observation (run_id, source, observed_at, mac, ip, hostname, evidence, group_key)
            VALUES (#{runId}, #{source}, #{observedAt}, #{mac}, #{ip}, #{hostname}, #{evidence}, #{groupKey})""")
    void insert(ObservationRecord observation);

    @Select("SELECT " + COLUMNS + " FROM observation WHERE run_id = #{runId} ORDER BY id")
    @Results(id = "observation")
    @ConstructorArgs({
        @Arg(column = "id", javaType = long.class),
        @Arg(column = "run_id", javaType = long.class),
        @Arg(column = "source", javaType = String.class),
        @Arg(column = "observed_at", javaType = Instant.class),
        @Arg(column = "mac", javaType = String.class),
        @Arg(column = "ip", javaType = String.class),
        @Arg(column = "hostname", javaType = String.class),
        @Arg(column = "evidence", javaType = String.class),
        @Arg(column = "group_key", javaType = String.class)
    })
    List<ObservationRecord> findByRun(long runId);

    @Select("SELECT " + COLUMNS + " FROM observation WHERE mac = #{mac} ORDER BY observed_at, id")
    @ResultMap("observation")
    List<ObservationRecord> findByMac(String mac);

    @Select("SELECT COUNT(*) FROM observation")
    long count();

    @Select("SELECT COUNT(*) FROM observation WHERE run_id = #{runId}")
    long countByRun(long runId);

    @Select("SELECT COUNT(*) FROM observation WHERE mac = #{mac}")
    long countByMac(String mac);
}
