package org.netboxauto.store;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.netboxauto.service.AlertDelivery;

/** The alert outbox: each event once per channel, and what became of sending it. */
public interface AlertMapper {

    @Insert("""
            INSERT INTO alert_outbox (event_key, channel, kind, payload, created_at, attempts, next_attempt_at)
            SELECT #{eventKey}, #{channel}, #{kind}, #{payload}, #{created}, 0, #{nextAttempt}
            WHERE NOT EXISTS (SELECT 1 FROM alert_outbox WHERE event_key = #{eventKey} AND channel = #{channel})""")
    int insertIfAbsent(AlertDelivery delivery);

    /** The due rows of desktop channels (which only the desktop app takes), or of every other channel. */
    @Select("""
            SELECT id, event_key, channel, kind, payload, created_at, attempts, next_attempt_at FROM alert_outbox
            WHERE sent_at IS NULL AND next_attempt_at <= #{now} AND (channel LIKE 'desktop:%') = #{desktop}
            ORDER BY id LIMIT #{limit}""")
    @ConstructorArgs({
        @Arg(column = "id", javaType = long.class),
        @Arg(column = "event_key", javaType = String.class),
        @Arg(column = "channel", javaType = String.class),
        @Arg(column = "kind", javaType = String.class),
        @Arg(column = "payload", javaType = String.class),
        @Arg(column = "created_at", javaType = Instant.class),
        @Arg(column = "attempts", javaType = int.class),
        @Arg(column = "next_attempt_at", javaType = Instant.class)
    })
    List<AlertDelivery> findDue(@Param("now") Instant now, @Param("limit") int limit,
            @Param("desktop") boolean desktop);

    /** Takes a due row for one sender: 1 when this process got it, 0 when another did first. */
    @Update("""
            UPDATE alert_outbox SET next_attempt_at = #{until}
            WHERE id = #{id} AND sent_at IS NULL AND next_attempt_at = #{expected}""")
    int claim(@Param("id") long id, @Param("expected") Instant expected, @Param("until") Instant until);

    @Update("UPDATE alert_outbox SET sent_at = #{at}, attempts = attempts + 1, last_error = NULL WHERE id = #{id}")
    int markSent(@Param("id") long id, @Param("at") Instant at);

    @Update("""
            UPDATE alert_outbox SET attempts = attempts + 1, next_attempt_at = #{next}, last_error = #{error}
            WHERE id = #{id}""")
    int markFailed(@Param("id") long id, @Param("next") Instant next, @Param("error") String error);

    @Select("SELECT COUNT(*) FROM alert_outbox WHERE sent_at IS NULL AND channel NOT LIKE 'desktop:%'")
    long countWaiting();
}
