package org.netboxauto.store;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.netboxauto.config.Secret;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.testsupport.PostgresServer;

/** The same store suite on a real PostgreSQL server, one fresh database per test. */
class PostgresStagingStoreTest extends StagingStoreContract {

    private static PostgresServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.shared();
    }

    @Override
    StoreSettings newStore() throws Exception {
        String database = server.createDatabase();
        return new StoreSettings(server.jdbcUrl(database), Optional.of(server.user()),
                Optional.of(new Secret(server.password())));
    }
}
