package org.netboxauto.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.db.Store;

/** H2's own store behind a connection, when H2 runs in this process. */
final class H2EmbeddedStore {

    private H2EmbeddedStore() {
    }

    /** Empty for a connection to another engine or to an H2 server in another process. */
    static Optional<Store> of(Connection connection) {
        try {
            return connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session
                    ? Optional.of(session.getDatabase().getStore()) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}
