package org.netboxauto.store;

import java.util.List;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The hosts each run found new, changed or gone. */
public interface ChangeMapper {

    @Select("SELECT mac, kind, hostname, fields FROM host_change WHERE run_id = #{runId} ORDER BY kind, mac")
    @ConstructorArgs({
        @Arg(column = "mac", javaType = String.class),
        @Arg(column = "kind", javaType = String.class),
        @Arg(column = "hostname", javaType = String.class),
        @Arg(column = "fields", javaType = String.class)
    })
    List<ChangeRow> findByRun(long runId);

    @Select("SELECT COUNT(*) FROM host_change WHERE run_id = #{runId} AND kind = #{kind}")
    long countByRunAndKind(@Param("runId") long runId, @Param("kind") String kind);
}
