package org.netboxauto.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.netboxauto.core.ReviewState;

/** Review decisions, keyed by MAC and kept apart from hosts. */
public interface ReviewMapper {

    @Insert("""
            INSERT INTO review (mac, state, kind, name_override, role_override, site_override, note, updated_at,
                                decided_by_rule)
            VALUES (#{mac}, #{state}, #{kind}, #{nameOverride}, #{roleOverride}, #{siteOverride}, #{note},
                    #{updatedAt}, #{rule})""")
    void insert(ReviewRecord review);

    /** Inserts only when no decision exists for the MAC: a rule never overwrites one made meanwhile. */
    @Insert("""
            INSERT INTO review (mac, state, kind, name_override, role_override, site_override, note, updated_at,
                                decided_by_rule)
            SELECT #{mac}, #{state}, #{kind}, #{nameOverride}, #{roleOverride}, #{siteOverride}, #{note},
                   #{updatedAt}, #{rule}
            WHERE NOT EXISTS (SELECT 1 FROM review WHERE mac = #{mac})""")
    int insertIfAbsent(ReviewRecord review);

    @Update("""
            UPDATE review SET state = #{state}, kind = #{kind}, name_override = #{nameOverride},
                   role_override = #{roleOverride}, site_override = #{siteOverride}, note = #{note},
                   updated_at = #{updatedAt}, decided_by_rule = #{rule}
            WHERE mac = #{mac}""")
    int update(ReviewRecord review);

    @Select("""
            SELECT mac, state, kind, name_override, role_override, site_override, note, updated_at, decided_by_rule
            FROM review WHERE mac = #{mac}""")
    @ConstructorArgs({
        @Arg(column = "mac", javaType = String.class),
        @Arg(column = "state", javaType = ReviewState.class),
        @Arg(column = "kind", javaType = String.class),
        @Arg(column = "name_override", javaType = String.class),
        @Arg(column = "role_override", javaType = String.class),
        @Arg(column = "site_override", javaType = String.class),
        @Arg(column = "note", javaType = String.class),
        @Arg(column = "updated_at", javaType = Instant.class),
        @Arg(column = "decided_by_rule", javaType = String.class)
    })
    Optional<ReviewRecord> find(String mac);

    @Select("""
            SELECT mac, state, kind, name_override, role_override, site_override, note, updated_at, decided_by_rule
            FROM review""")
    @ConstructorArgs({
        @Arg(column = "mac", javaType = String.class),
        @Arg(column = "state", javaType = ReviewState.class),
        @Arg(column = "kind", javaType = String.class),
        @Arg(column = "name_override", javaType = String.class),
        @Arg(column = "role_override", javaType = String.class),
        @Arg(column = "site_override", javaType = String.class),
        @Arg(column = "note", javaType = String.class),
        @Arg(column = "updated_at", javaType = Instant.class),
        @Arg(column = "decided_by_rule", javaType = String.class)
    })
    List<ReviewRecord> findAll();

    @Delete("DELETE FROM review WHERE mac = #{mac}")
    int delete(String mac);

    @Select("SELECT COUNT(*) FROM review")
    long count();
}
