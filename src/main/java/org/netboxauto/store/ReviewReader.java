package org.netboxauto.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.ibatis.exceptions.PersistenceException;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Review;
import org.netboxauto.core.ReviewState;

/**
 * Every review decision by MAC, read over plain JDBC: the grid and a push read all of them at once,
 * and MyBatis' constructor mapping cost several times the query for 50,000 rows.
 */
final class ReviewReader {

    private static final String SELECT = "SELECT mac, state, kind, name_override, role_override, site_override, note,"
            + " updated_at, decided_by_rule FROM review";

    private ReviewReader() {
    }

    /** A HashMap: sequential MACs hash to neighbouring slots, which Map.copyOf's linear probing handles badly. */
    static Map<MacAddress, Review> all(Connection connection) {
        Map<MacAddress, Review> reviews = new HashMap<>();
        try (var statement = connection.prepareStatement(SELECT); var rows = statement.executeQuery()) {
            while (rows.next()) {
                String mac = rows.getString(1);
                CanonicalMac.require(mac);
                MacAddress m = MacAddress.of(mac);
                reviews.put(m, new Review(m, ReviewState.valueOf(rows.getString(2).toUpperCase(Locale.ROOT)),
                        Optional.ofNullable(rows.getString(3)), Optional.ofNullable(rows.getString(4)),
                        Optional.ofNullable(rows.getString(5)), Optional.ofNullable(rows.getString(6)),
                        Optional.ofNullable(rows.getString(7)), rows.getObject(8, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rows.getString(9))));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the review decisions failed: " + e.getMessage(), e);
        }
        return reviews;
    }
}
