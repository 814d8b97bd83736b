package org.netboxauto.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.datasource.unpooled.UnpooledDataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.netboxauto.config.Secret;
import org.netboxauto.service.StagingStoreOpener;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.service.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens an H2 file or PostgreSQL store: secures the folder, checks the schema version (migrating
 * when needed) once per process, and hands out views that share what was opened.
 */
public final class MyBatisStagingStoreOpener implements StagingStoreOpener {

    private static final Logger LOG = LoggerFactory.getLogger(MyBatisStagingStoreOpener.class);
    private static final String H2_DEFAULT_USER = "sa";
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final int OPEN_ATTEMPTS = 3;
    /** How long a process waits for another that has the H2 file open before it gives up and says so. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final ScheduledExecutorService SHARED_TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("store-release").factory());

    private final ScheduledExecutorService timer;
    private final Duration maxWait;
    private final Map<String, OpenedStore> opened = new ConcurrentHashMap<>();

    public MyBatisStagingStoreOpener() {
        this(SHARED_TIMER, MAX_WAIT);
    }

    /**
     * @param timer lets go of an idle H2 file after a short linger
     * @param maxWait how long to wait for another process that has the H2 file open
     */
    public MyBatisStagingStoreOpener(ScheduledExecutorService timer, Duration maxWait) {
        this.timer = timer;
        this.maxWait = maxWait;
    }

    /** Waits at most {@code maxWait} for another process that has an H2 file open. */
    public static MyBatisStagingStoreOpener waitingAtMost(Duration maxWait) {
        return new MyBatisStagingStoreOpener(SHARED_TIMER, maxWait);
    }

    @Override
    public MyBatisStagingStore open(StoreSettings settings) {
        String key = settings.jdbcUrl() + "\n" + settings.username().orElse("");
        OpenedStore store = opened.get(key);
        if (store == null) {
            synchronized (this) {
                store = opened.get(key);
                if (store == null) {
                    store = openWithRetry(settings);
                    opened.put(key, store);
                }
            }
        }
        return store.view();
    }

    @Override
    public boolean untouchedSinceOwnClose(StoreSettings settings) {
        return StoreLocation.parse(settings.jdbcUrl()).h2File().map(H2Lease::untouchedSinceOwnClose).orElse(false);
    }

    private OpenedStore openWithRetry(StoreSettings settings) {
        for (int attempt = 1; ; attempt++) {
            try {
                return openOnce(settings);
            } catch (LostWhileOpening e) {
                // PostgreSQL may restart while this process migrates; the next attempt starts over.
                if (attempt >= OPEN_ATTEMPTS) {
                    throw e.translated;
                }
                LOG.info("Lost the connection to the staging store while opening it; trying again ({} of {})",
                        attempt + 1, OPEN_ATTEMPTS);
            }
        }
    }

    private OpenedStore openOnce(StoreSettings settings) {
        long start = System.nanoTime();
        StoreLocation store = StoreLocation.parse(settings.jdbcUrl());
        Optional<Secret> configured = settings.password().or(() -> store.passwordFromUrl().map(Secret::new));
        if (store.kind() == StoreLocation.Kind.H2 && store.h2File().isEmpty()) {
            H2Loopback.ensure(); // an H2 file is never served (ADR 0016)
        }
        if (store.h2File().isPresent()) {
            return openH2File(store, new StoreFiles(store.h2File().get()), settings.username(), configured, start);
        }
        UnpooledDataSource direct = directDataSource(store, settings.username(), configured);
        PooledDataSource pool = pooled(direct);
        Connection keeper = null;
        boolean connected = false;
        try {
            Connection first = direct.getConnection();
            connected = true;
            LOG.debug("Connected to {} ({})", store.display(), first.getMetaData().getDatabaseProductVersion());
            if (store.kind() == StoreLocation.Kind.H2) {
                keeper = first; // an in-memory or server H2 database lives as long as one connection
            } else {
                first.close();
            }
            String version = SchemaMigrator.ensureCurrent(direct, store.display());
            interruptDeadRuns(direct, false);
            SqlSessionFactory factory = SessionFactories.create(pool);
            logOpened(store, version, start);
            // an in-memory H2 keeps its one connection, and so its data, for the life of this process
            return new OpenedStore(store.display(), version, factory, Optional.empty(), pool::forceCloseAll,
                    pool::forceCloseAll);
        } catch (Exception | LinkageError e) {
            pool.forceCloseAll();
            closeQuietly(keeper);
            StoreUnavailableException translated = StoreErrors.translate(e, store, configured);
            LOG.debug("Opening {} failed", store.display(), translated);
            if (connected && ConnectionLoss.isCause(e)) {
                throw new LostWhileOpening(translated);
            }
            throw translated;
        }
    }

    private OpenedStore openH2File(StoreLocation store, StoreFiles files, Optional<String> username,
            Optional<Secret> configured, long start) {
        StoreFolder.secure(files, store.display());
        StoreFolder.refuseEmpty(files);
        boolean generated = configured.isEmpty();
        Secret password = configured.orElseGet(() -> StorePassword.readOrCreate(files.password()));
        UnpooledDataSource direct = directDataSource(store, username, Optional.of(password));
        H2Lease lease = new H2Lease(files, store.display(),
                () -> H2Passwords.connect(direct, username.orElse(H2_DEFAULT_USER), generated, password,
                        store.display()), timer, maxWait);
        try {
            lease.acquire();
            try {
                StoreFolder.makePrivate(files.database()); // H2 created a new one with the process's umask
                String version = SchemaMigrator.ensureCurrent(direct, store.display());
                interruptDeadRuns(direct, true);
                SqlSessionFactory factory = SessionFactories.create(direct);
                OpenedStore opened = new OpenedStore(store.display(), version, factory, Optional.of(lease), () -> { },
                        lease::closeIfIdle);
                // the first view loads the repositories (a JSON mapper among them) while the file is held: the
                // caller's first read or write then follows the release within the linger, not after a reopen
                opened.view();
                logOpened(store, version, start);
                return opened;
            } finally {
                lease.release();
            }
        } catch (H2Lease.H2OpenFailure e) {
            throw unreadable(e.getCause(), store, files, Optional.of(password));
        } catch (Exception | LinkageError e) {
            lease.closeIfIdle();
            throw StoreErrors.translate(e, store, Optional.of(password));
        }
    }

    private static StoreUnavailableException unreadable(Throwable failure, StoreLocation store, StoreFiles files,
            Optional<Secret> password) {
        StoreUnavailableException translated = StoreErrors.translate(failure, store, password);
        if (!StoreErrors.isUnreadableFile(failure)) {
            return translated;
        }
        try {
            Path copy = StoreFolder.keepCopy(files);
            return new StoreUnavailableException(translated.getMessage() + " A copy of the file as it was is kept at "
                    + copy + ". To restore: stop every netbox-auto, then copy your last backup over "
                    + files.database() + " — or move " + files.database() + " away to start with an empty store"
                    + " (runs and review decisions are then gone; the copy keeps them for a repair).", failure);
        } catch (IOException e) {
            LOG.debug("Could not copy the unreadable store {}", files.database(), e);
            return translated;
        }
    }

    private static void interruptDeadRuns(UnpooledDataSource direct, boolean localOnly) throws SQLException {
        try (Connection c = direct.getConnection()) {
            c.setAutoCommit(true);
            RunOwner.interruptDeadRuns(c, localOnly);
        }
    }

    private static void logOpened(StoreLocation store, String version, long start) {
        LOG.info("Opened staging store {} at schema version {} in {} ms", store.display(), version,
                (System.nanoTime() - start) / 1_000_000);
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

    /** What one process opened once: every view of the same store shares it. */
    private record OpenedStore(String location, String version, SqlSessionFactory factory, Optional<H2Lease> lease,
            Runnable dropConnections, Runnable onClose) {

        MyBatisStagingStore view() {
            return new MyBatisStagingStore(location, version, factory, lease, dropConnections, onClose);
        }
    }
}
