package org.netboxauto.store;

import org.apache.ibatis.annotations.Select;

/** How many observations are stored ({@link ObservationParts} stores and reads them). */
public interface ObservationMapper {

    @Select("SELECT COALESCE(SUM(line_count), 0) FROM observation_part")
    long count();

    @Select("SELECT COALESCE(SUM(line_count), 0) FROM observation_part WHERE run_id = #{runId}")
    long countByRun(long runId);
}
