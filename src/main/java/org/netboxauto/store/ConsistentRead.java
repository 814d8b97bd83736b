package org.netboxauto.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * Runs several queries on one snapshot of the store: a host row names the source whose read gave its last
 * sighting, so the hosts and the source reads must come from the same moment, or a run another collector
 * finishes between the two queries shows hosts whose read is not there yet (ADR 0029).
 */
final class ConsistentRead {

    private ConsistentRead() {
    }

    /** Call first on a fresh session's connection, before any statement. */
    static <T> T of(Connection connection, Supplier<T> queries) {
        int before;
        try {
            before = connection.getTransactionIsolation();
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        } catch (SQLException e) {
            throw new PersistenceException("Starting a consistent read of the store failed: " + e.getMessage(), e);
        }
        try {
            return queries.get();
        } finally {
            try {
                // the isolation can only change between transactions
                connection.rollback();
                connection.setTransactionIsolation(before);
            } catch (SQLException e) {
                throw new PersistenceException("Ending a consistent read of the store failed: " + e.getMessage(), e);
            }
        }
    }
}
