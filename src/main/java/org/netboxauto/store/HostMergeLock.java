package org.netboxauto.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * Makes the host merges of collectors sharing one store take turns (ADR 0029): on PostgreSQL the host
 * table is locked against other writers until the transaction ends, readers go on. An H2 file is
 * written by one process at a time anyway (ADR 0016).
 */
final class HostMergeLock {

    private HostMergeLock() {
    }

    static void take(Connection connection) {
        try {
            if (!connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL")) {
                return;
            }
            try (Statement st = connection.createStatement()) {
                st.execute("LOCK TABLE host IN SHARE ROW EXCLUSIVE MODE");
            }
        } catch (SQLException e) {
            throw new PersistenceException("Waiting for other collectors' host merges failed: " + e.getMessage(), e);
        }
    }
}
