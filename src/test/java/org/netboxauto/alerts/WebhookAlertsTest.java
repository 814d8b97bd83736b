package org.netboxauto.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.ConfigLoader;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerTables;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;
import org.netboxauto.service.AlertService;
import org.netboxauto.service.StoreAccess;
import org.netboxauto.store.MyBatisStagingStoreOpener;
import org.netboxauto.testsupport.InProcessCli.Run;
import org.netboxauto.testsupport.InProcessCli;
import org.netboxauto.testsupport.MutableClock;

/** Alerts from discover to a real HTTP receiver: sent once, kept when the receiver fails, sent when it is back. */
class WebhookAlertsTest {

    @TempDir
    Path home;

    private HttpServer receiver;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private AppDirectories dirs;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks/T000/SECRETPART", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int answer = status.get();
            if (answer == 200) {
                bodies.add(body);
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        receiver.start();
        dirs = new AppDirectories(home.resolve("config"), home.resolve("data"));
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void eachEventIsSentOnceAndAFailedOneWaitsForItsNextAttempt() throws Exception {
        PeerOptions options = PeerOptions.of(PeerVersion.V7_18).with(PeerTables.manyLeases(3));
        try (RouterOsPeer router = RouterOsPeer.api(options)) {
            writeConfig(router, options);
            Run first = cli("discover");
            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(first.err()).contains("Alerts: 3 alerts sent");
            assertThat(bodies).hasSize(3).allSatisfy(b -> assertThat(b).startsWith("{\"text\":\"netbox-auto: new host"));

            Run again = cli("discover");
            assertThat(again.exit()).as(again.err()).isZero();
            assertThat(again.err()).doesNotContain("Alerts:");
            assertThat(bodies).hasSize(3);
        }
        MutableClock clock = new MutableClock(Instant.now().plus(Duration.ofDays(2)));
        AlertService alerts = new AlertService(new StoreAccess(new MyBatisStagingStoreOpener(), dirs.dataDir()),
                new ChannelSender(), clock);
        AppConfig config;
        PeerOptions empty = PeerOptions.of(PeerVersion.V7_18).with(PeerTables.manyLeases(0));
        try (RouterOsPeer router = RouterOsPeer.api(empty)) {
            writeConfig(router, empty);
            config = new ConfigLoader(new ConfigLocations(dirs, Map.of(), true)).load(java.util.Optional.empty())
                    .config().orElseThrow();
            // a run two days later reads the router without the hosts: gone, told while the receiver answers 503
            status.set(503);
            recordGone(alerts, config, clock);
        }
        AlertService.Delivered failed = alerts.deliver(config);
        assertThat(failed.sent()).isZero();
        assertThat(failed.failed()).isEqualTo(3);
        assertThat(failed.problems()).singleElement().satisfies(p -> assertThat(p)
                .contains("webhook ops (127.0.0.1): answered HTTP 503").doesNotContain("SECRETPART"));
        assertThat(cli("status").out()).contains("Alerts:   3 alerts waiting to be sent");

        status.set(200);
        assertThat(alerts.deliver(config).sent()).as("not due yet: the next attempt is a minute later").isZero();
        clock.set(clock.instant().plus(Duration.ofMinutes(2)));
        AlertService.Delivered back = alerts.deliver(config);
        assertThat(back.sent()).isEqualTo(3);
        assertThat(back.waiting()).isZero();
        assertThat(bodies).hasSize(6).last().satisfies(b -> assertThat(b).contains(" gone since "));
        assertThat(alerts.deliver(config).sent()).isZero();
    }

    @Test
    void alertsTestSendsASampleToEveryChannelAndSaysWhatEachAnswered() throws Exception {
        PeerOptions options = PeerOptions.of(PeerVersion.V7_18);
        try (RouterOsPeer router = RouterOsPeer.api(options)) {
            writeConfig(router, options);
            Run ok = cli("alerts", "test");
            assertThat(ok.exit()).as(ok.err()).isZero();
            assertThat(ok.out()).contains("webhook ops (127.0.0.1): sent");
            JsonNode sample = new ObjectMapper().readTree(bodies.getFirst());
            assertThat(sample.path("text").asText()).contains("test alert from netbox-auto");

            receiver.stop(0);
            Run down = cli("alerts", "test");
            assertThat(down.exit()).isEqualTo(1);
            assertThat(down.out()).contains("webhook ops (127.0.0.1): NOT SENT: could not be reached")
                    .doesNotContain("SECRETPART");
        }
    }

    private void recordGone(AlertService alerts, AppConfig config, MutableClock clock) {
        var discovery = new org.netboxauto.service.DiscoveryService(
                new StoreAccess(new MyBatisStagingStoreOpener(), dirs.dataDir()),
                new org.netboxauto.discovery.ConfiguredCollectors(), () -> mac -> java.util.Optional.empty(),
                new org.netboxauto.discovery.DiscoveryOrchestrator(java.util.concurrent.Executors
                        .newVirtualThreadPerTaskExecutor(), clock), java.util.Optional.of(alerts));
        discovery.discover(config, List.of(), org.netboxauto.discovery.DiscoveryListener.NONE,
                new org.netboxauto.discovery.RunControl());
    }

    private void writeConfig(RouterOsPeer router, PeerOptions options) throws Exception {
        Path password = Files.writeString(home.resolve("router.pass"), options.password());
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        Files.createDirectories(dirs.configDir());
        Files.writeString(dirs.defaultConfigFile(), """
                sources.routeros = [ { name = core, host = "127.0.0.1", transport = api, port = %d,
                  username = %s, password-file = "%s", collect = [dhcp-leases], timeout = 2s } ]
                alerts.channels = [
                  { name = ops, webhook { url = "http://127.0.0.1:%d/hooks/T000/SECRETPART", format = slack,
                    timeout = 3s }, events = [new, gone] }
                ]
                """.formatted(router.port(), options.user(), password, receiver.getAddress().getPort()));
        Files.setPosixFilePermissions(dirs.defaultConfigFile(), PosixFilePermissions.fromString("rw-------"));
    }


    private Run cli(String... args) {
        return InProcessCli.run(dirs, args);
    }
}
