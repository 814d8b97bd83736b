package org.netboxauto.store;

import java.util.Map;
import org.apache.ibatis.annotations.Select;

/** One cheap row that changes whenever a run, a decision or a push is written, by any process. */
public interface StampMapper {

    @Select("""
            SELECT (SELECT MAX(id) FROM discovery_run) AS last_run,
                   (SELECT COUNT(*) FROM discovery_run WHERE finished_at IS NULL) AS open_runs,
                   (SELECT MAX(finished_at) FROM discovery_run) AS run_finished,
                   (SELECT COUNT(*) FROM discovery_run WHERE status = 'interrupted') AS interrupted,
                   (SELECT COUNT(*) FROM review) AS decisions,
                   (SELECT MAX(updated_at) FROM review) AS decided,
                   (SELECT MAX(id) FROM push_run) AS last_push,
                   (SELECT MAX(finished_at) FROM push_run) AS push_finished,
                   (SELECT MAX(updated_at) FROM push_action) AS push_acted""")
    Map<String, Object> stamp();
}
