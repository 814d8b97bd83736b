package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.spi.FilterReply;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.Secret;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.service.StoreUnavailableException;
import org.netboxauto.testsupport.PostgresServer;
import org.slf4j.LoggerFactory;

/** Every way opening can fail ends in a StoreUnavailableException naming the store and what to do. */
class StoreOpenErrorsTest {

    private static final String WRONG_PASSWORD = "wrong-pw-5d1c";
    private static final Filter<ILoggingEvent> QUIET_CONSOLE = new Filter<>() {
        @Override
        public FilterReply decide(ILoggingEvent event) {
            return event.getLevel().isGreaterOrEqual(Level.WARN) ? FilterReply.NEUTRAL : FilterReply.DENY;
        }
    };

    @TempDir
    Path temp;

    private final MyBatisStagingStoreOpener opener = new MyBatisStagingStoreOpener();

    @Test
    void h2StoreWrittenByNewerVersionIsRefusedAndLeftAlone() throws Exception {
        StoreSettings settings = h2(temp.resolve("data"));
        opener.open(settings).close();
        String url = settings.jdbcUrl();
        addFutureMigration(H2Direct.connect(url));
        long historyBefore = historyRows(H2Direct.connect(url));

        assertThatThrownBy(() -> new MyBatisStagingStoreOpener().open(settings))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining(temp.resolve("data/store.mv.db").toString())
                .hasMessageContaining("newer netbox-auto")
                .hasMessageContaining("schema version 99")
                .hasMessageContaining("Update netbox-auto");
        assertThat(historyRows(H2Direct.connect(url))).isEqualTo(historyBefore);
    }

    @Test
    void postgresStoreWrittenByNewerVersionIsRefused() throws Exception {
        PostgresServer server = PostgresServer.shared();
        String url = server.jdbcUrl(server.createDatabase());
        StoreSettings settings = new StoreSettings(url, Optional.of(server.user()),
                Optional.of(new Secret(server.password())));
        opener.open(settings).close();
        addFutureMigration(DriverManager.getConnection(url, server.user(), server.password()));

        assertThatThrownBy(() -> new MyBatisStagingStoreOpener().open(settings))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining(url)
                .hasMessageContaining("schema version 99");
    }

    @Test
    void wrongPostgresPasswordIsNamedButNeverShownOrLogged() throws Exception {
        PostgresServer server = PostgresServer.shared();
        String url = server.jdbcUrl("postgres");
        ListAppender<ILoggingEvent> logs = captureAllLogs();
        try {
            assertThatThrownBy(() -> opener.open(new StoreSettings(url, Optional.of(server.user()),
                    Optional.of(new Secret(WRONG_PASSWORD)))))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining(url)
                    .hasMessageContaining("refused the user name or password")
                    .hasMessageContaining("store.password")
                    .hasMessageNotContaining(WRONG_PASSWORD);
            assertThatThrownBy(() -> opener.open(new StoreSettings(url + "?password=" + WRONG_PASSWORD,
                    Optional.of(server.user()), Optional.empty())))
                    .hasMessageContaining("refused the user name or password")
                    .hasMessageNotContaining(WRONG_PASSWORD);
        } finally {
            stopCapturing(logs);
        }
        assertThat(logs.list).isNotEmpty();
        assertThat(logs.list).allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(WRONG_PASSWORD);
            if (event.getThrowableProxy() != null) {
                assertThat(ThrowableProxyUtil.asString(event.getThrowableProxy())).doesNotContain(WRONG_PASSWORD);
            }
        });
    }

    @Test
    void missingPostgresDatabaseIsNamed() throws Exception {
        PostgresServer server = PostgresServer.shared();
        String url = server.jdbcUrl("no_such_store");

        assertThatThrownBy(() -> opener.open(new StoreSettings(url, Optional.of(server.user()),
                Optional.of(new Secret(server.password())))))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining(url)
                .hasMessageContaining("does not exist")
                .hasMessageContaining("createdb");
    }

    @Test
    void unreachablePostgresIsNamed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/nba";

        assertThatThrownBy(() -> opener.open(new StoreSettings(url, Optional.of("nba"),
                Optional.of(new Secret(WRONG_PASSWORD)))))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("Cannot reach the PostgreSQL server at " + url)
                .hasMessageContaining("host and port")
                .hasMessageNotContaining(WRONG_PASSWORD);
    }

    @Test
    void folderThatCannotBeCreatedIsNamed() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> opener.open(h2(file.resolve("data"))))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("Cannot create the folder " + file.resolve("data"))
                .hasMessageContaining("permissions");
    }

    private static StoreSettings h2(Path dataDir) {
        return new StoreSettings(StoreConfig.defaultH2Url(dataDir), Optional.empty(), Optional.empty());
    }

    private static void addFutureMigration(Connection connection) throws SQLException {
        try (connection; Statement s = connection.createStatement()) {
            s.execute("""
                    INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type",
                        "script", "checksum", "installed_by", "execution_time", "success")
                    SELECT MAX("installed_rank") + 1, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0,
                        'test', 1, TRUE FROM "flyway_schema_history"
                    """);
        }
    }

    private static long historyRows(Connection connection) throws SQLException {
        try (connection; Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static ListAppender<ILoggingEvent> captureAllLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        // only the capture should see DEBUG, not the console
        root.getAppender("STDERR").addFilter(QUIET_CONSOLE);
        root.setLevel(Level.DEBUG);
        ((Logger) LoggerFactory.getLogger("org.netboxauto")).setLevel(Level.DEBUG);
        return appender;
    }

    private static void stopCapturing(ListAppender<ILoggingEvent> appender) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(appender);
        root.getAppender("STDERR").clearAllFilters();
        root.setLevel(Level.WARN);
        ((Logger) LoggerFactory.getLogger("org.netboxauto")).setLevel(Level.INFO);
    }
}
