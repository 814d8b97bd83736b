package org.netboxauto.store;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.netboxauto.config.Secret;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.testsupport.PostgresServer;

/** The same store suite on a real PostgreSQL server, one fresh database per test. */
class PostgresStagingStoreTest extends StagingStoreContract {

    private static PostgresServer server;

    // per test (the server itself starts once), so a missing PostgreSQL shows as skipped tests with the reason
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
