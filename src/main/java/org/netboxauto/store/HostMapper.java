package org.netboxauto.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.netboxauto.core.HostCounts;

/** Correlated hosts, and the host counts by review state. */
public interface HostMapper {

    String IPS = "typeHandler=org.netboxauto.store.IpListTypeHandler";

    @Insert("INSERT INTO host (mac, hostname, ip_addresses, first_seen, last_seen)"
            + " VALUES (#{mac}, #{hostname}, #{ipAddresses," + IPS + "}, #{firstSeen}, #{lastSeen})")
    void insert(HostRecord host);

    @Update("UPDATE host SET hostname = #{hostname}, ip_addresses = #{ipAddresses," + IPS + "},"
            + " first_seen = #{firstSeen}, last_seen = #{lastSeen} WHERE mac = #{mac}")
    int update(HostRecord host);

    @Select("SELECT mac, hostname, ip_addresses, first_seen, last_seen FROM host WHERE mac = #{mac}")
    @ConstructorArgs({
        @Arg(column = "mac", javaType = String.class),
        @Arg(column = "hostname", javaType = String.class),
        @Arg(column = "ip_addresses", javaType = List.class, typeHandler = IpListTypeHandler.class),
        @Arg(column = "first_seen", javaType = Instant.class),
        @Arg(column = "last_seen", javaType = Instant.class)
    })
    Optional<HostRecord> find(String mac);

    @Select("SELECT mac FROM host")
    List<String> allMacs();

    @Select("SELECT COUNT(*) FROM host")
    long count();

    /** All hosts by review state; a host without a review row is pending. */
    @Select("""
            SELECT COUNT(*) AS total,
                   COALESCE(SUM(CASE WHEN r.state IS NULL OR r.state = 'pending' THEN 1 ELSE 0 END), 0) AS pending,
                   COALESCE(SUM(CASE WHEN r.state = 'approved' THEN 1 ELSE 0 END), 0) AS approved,
                   COALESCE(SUM(CASE WHEN r.state = 'rejected' THEN 1 ELSE 0 END), 0) AS rejected
            FROM host h LEFT JOIN review r ON r.mac = h.mac""")
    @ConstructorArgs({
        @Arg(column = "total", javaType = long.class),
        @Arg(column = "pending", javaType = long.class),
        @Arg(column = "approved", javaType = long.class),
        @Arg(column = "rejected", javaType = long.class)
    })
    HostCounts countByReviewState();
}
