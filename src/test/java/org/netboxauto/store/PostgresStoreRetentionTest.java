package org.netboxauto.store;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.netboxauto.config.Secret;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.testsupport.PostgresServer;

/** Store retention on a real PostgreSQL server, one fresh database per test. */
class PostgresStoreRetentionTest extends StoreRetentionContract {

    private static PostgresServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = PostgresServer.shared();
    }

    @Override
    StoreSettings newStore() throws Exception {
        String database = server.createDatabase();
        return new StoreSettings(server.jdbcUrl(database), Optional.of(server.user()),
                Optional.of(new Secret(server.password())));
    }
}
