package org.netboxauto.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.datasource.unpooled.UnpooledDataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.netboxauto.config.Secret;
import org.netboxauto.service.StagingStore;
import org.netboxauto.service.StagingStoreOpener;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.service.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens an H2 file or PostgreSQL store: creates the folder, migrates the schema, pools connections. */
public final class MyBatisStagingStoreOpener implements StagingStoreOpener {

    private static final Logger LOG = LoggerFactory.getLogger(MyBatisStagingStoreOpener.class);
    private static final String H2_DEFAULT_USER = "sa";
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final int OPEN_ATTEMPTS = 3;

    @Override
    public MyBatisStagingStore open(StoreSettings settings) {
        for (int attempt = 1; ; attempt++) {
            try {
                return openOnce(settings);
            } catch (LostWhileOpening e) {
                // Another process that served the H2 file may exit while this one migrates through it;
                // the next attempt opens the file itself.
                if (attempt >= OPEN_ATTEMPTS) {
                    throw e.translated;
                }
                LOG.info("Lost the connection to the staging store while opening it; trying again ({} of {})",
                        attempt + 1, OPEN_ATTEMPTS);
            }
        }
    }

    private MyBatisStagingStore openOnce(StoreSettings settings) {
        long start = System.nanoTime();
        StoreLocation store = StoreLocation.parse(settings.jdbcUrl());
        Optional<Secret> password = settings.password().or(() -> store.passwordFromUrl().map(Secret::new));
        if (store.kind() == StoreLocation.Kind.H2) {
            H2Loopback.ensure();
        }
        store.h2File().ifPresent(file -> createFolder(file, store));
        UnpooledDataSource direct = directDataSource(store, settings.username(), password);
        PooledDataSource dataSource = pooled(direct);
        Connection keeper = null;
        boolean connected = false;
        try {
            // An H2 database closes with its last connection; keeping one open keeps the file open
            // (and the AUTO_SERVER listener up for other processes) for as long as the store is.
            keeper = direct.getConnection();
            connected = true;
            LOG.debug("Connected to {} ({})", store.display(), keeper.getMetaData().getDatabaseProductVersion());
            if (store.kind() != StoreLocation.Kind.H2) {
                keeper.close();
                keeper = null;
            }
            // Flyway gets plain connections: it closes some twice, which MyBatis' pool reports as errors.
            String version = SchemaMigrator.migrate(direct, store.display());
            SqlSessionFactory factory = SessionFactories.create(dataSource);
            LOG.info("Opened staging store {} at schema version {} in {} ms", store.display(), version,
                    (System.nanoTime() - start) / 1_000_000);
            return new MyBatisStagingStore(store.display(), version, dataSource, factory, Optional.ofNullable(keeper));
        } catch (Exception | LinkageError e) {
            dataSource.forceCloseAll();
            closeQuietly(keeper);
            StoreUnavailableException translated = StoreErrors.translate(e, store, password);
            LOG.debug("Opening {} failed", store.display(), translated);
            if (connected && ConnectionLoss.isCause(e)) {
                throw new LostWhileOpening(translated);
            }
            throw translated;
        }
    }

    /** The connection dropped after it was made: worth a fresh attempt. */
    private static final class LostWhileOpening extends RuntimeException {
        private final transient StoreUnavailableException translated;

        LostWhileOpening(StoreUnavailableException translated) {
            super(translated.getMessage(), translated, false, false);
            this.translated = translated;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing a connection after a failed open failed too", e);
            }
        }
    }

    private static void createFolder(Path file, StoreLocation store) {
        Path folder = file.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot create the folder " + folder + " for the staging store "
                    + store.display() + " (" + e + "). Check its permissions or choose another data folder.", e);
        }
    }

    private static UnpooledDataSource directDataSource(StoreLocation store, Optional<String> username,
            Optional<Secret> password) {
        Properties properties = new Properties();
        Optional<String> user = username.or(() -> store.kind() == StoreLocation.Kind.H2
                ? Optional.of(H2_DEFAULT_USER) : Optional.empty());
        user.ifPresent(u -> properties.setProperty("user", u));
        properties.setProperty("password", password.map(Secret::reveal).orElse(""));
        if (store.kind() == StoreLocation.Kind.POSTGRESQL) {
            // URL parameters win over these, so an admin can still tune them in store.url.
            properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
            properties.setProperty("loginTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
            properties.setProperty("ApplicationName", "netbox-auto");
        }
        return new UnpooledDataSource(store.driverClass(), store.connectUrl(), properties);
    }

    private static PooledDataSource pooled(UnpooledDataSource direct) {
        PooledDataSource dataSource = new PooledDataSource(direct);
        dataSource.setPoolPingEnabled(true);
        dataSource.setPoolPingQuery("SELECT 1");
        dataSource.setPoolPingConnectionsNotUsedFor(30_000);
        return dataSource;
    }
}
