package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.app.Main;
import org.netboxauto.config.Secret;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Review;
import org.netboxauto.core.ReviewState;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.testsupport.ChildJvm;
import org.netboxauto.testsupport.PostgresServer;

/**
 * Four collectors, each its own {@code discover} process with its own dnsmasq lease file, write one
 * PostgreSQL store at the same time while a person decides on some hosts; the lease files overlap, so
 * every MAC is seen by two collectors at once. Every round on a fresh database: the hosts are
 * the union with every collector that saw each, every decision is kept (a person's over a rule's), and
 * each alert reaches the webhook exactly once. Three rounds by default; {@code -Dnetboxauto.collectorRounds=20}
 * runs the long campaign (ADR 0029).
 */
class ManyCollectorsOneStoreTest {

    private static final int ROUNDS = Integer.getInteger("netboxauto.collectorRounds", 3);
    private static final int COLLECTORS = 4;
    private static final int MACS = 160;
    private static final int PER_COLLECTOR = 80;
    private static final String[] SITES = {"site-a", "site-b", "site-c", "site-d"};

    @TempDir
    Path temp;

    private HttpServer receiver;
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void fourCollectorsAtOnceKeepEveryHostEveryDecisionAndSendEachAlertOnce() throws Exception {
        PostgresServer server = PostgresServer.shared();
        Path password = Files.writeString(temp.resolve("store.password"), server.password());
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        long slowest = 0;
        for (int round = 0; round < ROUNDS; round++) {
            bodies.clear();
            long start = System.nanoTime();
            runRound(server, password, round, new Random(round));
            slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
        }
        System.err.printf("many collectors: %d rounds of %d concurrent discovers over %d MACs; slowest round %d ms%n",
                ROUNDS, COLLECTORS, MACS, slowest);
    }

    private void runRound(PostgresServer server, Path password, int round, Random random) throws Exception {
        String database = server.createDatabase();
        Path dir = Files.createDirectories(temp.resolve("round-" + round));
        // collector c reads MACs [c * 40, c * 40 + 80) of 160 (wrapping): each MAC is seen by two collectors
        Map<MacAddress, TreeSet<String>> seenBy = new TreeMap<>();
        List<Process> children = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int c = 0; c < COLLECTORS; c++) {
            StringBuilder leases = new StringBuilder();
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < PER_COLLECTOR; i++) {
                mine.add((c * (MACS / COLLECTORS) + i) % MACS);
            }
            java.util.Collections.shuffle(mine, random);
            for (int n : mine) {
                leases.append("0 ").append(mac(n)).append(" 10.77.").append(n / 200).append('.').append(n % 200 + 10)
                        .append(' ').append(name(n)).append(" *\n");
                seenBy.computeIfAbsent(MacAddress.of(mac(n)), k -> new TreeSet<>()).add("dnsmasq:" + SITES[c]);
            }
            Path leaseFile = Files.writeString(dir.resolve(SITES[c] + ".leases"), leases);
            Path config = writeConfig(dir, SITES[c], leaseFile, server, database, password);
            Path log = dir.resolve(SITES[c] + ".log");
            logs.add(log);
            children.add(ChildJvm.start(Main.class, log, Map.of("XDG_DATA_HOME", dir.resolve("data-" + c).toString(),
                    "XDG_CONFIG_HOME", dir.resolve("config-" + c).toString()), "--config", config.toString(),
                    "discover"));
        }
        StoreSettings settings = new StoreSettings(server.jdbcUrl(database), Optional.of(server.user()),
                Optional.of(new Secret(server.password())));
        Map<MacAddress, ReviewState> personal = decideWhileTheyRun(settings, children, random);
        for (int c = 0; c < COLLECTORS; c++) {
            Process child = children.get(c);
            assertThat(child.waitFor(300, TimeUnit.SECONDS)).as("collector %s finished", SITES[c]).isTrue();
            assertThat(child.exitValue()).as("round %d, collector %s exit code; its log: %s", round, SITES[c],
                    Files.readString(logs.get(c))).isZero();
        }

        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            List<Host> hosts = store.hosts();
            Map<MacAddress, TreeSet<String>> stored = new TreeMap<>();
            hosts.forEach(h -> stored.put(h.mac(), new TreeSet<>(h.sources())));
            assertThat(stored).as("round %d: every host, with every collector that saw it", round).isEqualTo(seenBy);

            Map<MacAddress, Review> reviews = store.reviews();
            for (MacAddress mac : seenBy.keySet()) {
                ReviewState personsOrNull = personal.get(mac);
                Review review = reviews.get(mac);
                if (personsOrNull != null) {
                    assertThat(review).as("round %d: the person's decision on %s", round, mac).isNotNull();
                    assertThat(review.state()).as("round %d: the person's decision on %s", round, mac)
                            .isEqualTo(personsOrNull);
                    assertThat(review.rule()).as("round %d: %s decided by a person", round, mac).isEmpty();
                } else if (name(index(mac)).startsWith("vm-")) {
                    assertThat(review).as("round %d: the rule's decision on %s", round, mac).isNotNull();
                    assertThat(review.state()).isEqualTo(ReviewState.APPROVED);
                    assertThat(review.rule()).contains("lab-vms");
                } else {
                    assertThat(review).as("round %d: nobody decided on %s", round, mac).isNull();
                }
            }

            List<String> keys = new ArrayList<>();
            ObjectMapper json = new ObjectMapper();
            for (String body : bodies) {
                keys.add(json.readTree(body).path("key").asText());
            }
            List<String> expected = seenBy.keySet().stream().map(m -> "new:" + m).sorted().toList();
            assertThat(keys.stream().sorted().toList()).as("round %d: each alert sent exactly once", round)
                    .isEqualTo(expected);
            assertThat(store.alertsWaiting()).as("round %d: alerts left in the outbox", round).isZero();
        }
    }

    /** A person approves or rejects hosts while the collectors run; returns what they decided last. */
    private static Map<MacAddress, ReviewState> decideWhileTheyRun(StoreSettings settings, List<Process> children,
            Random random) {
        Map<MacAddress, ReviewState> decided = new TreeMap<>();
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            int made = 0;
            while (made < 40 && children.stream().anyMatch(Process::isAlive)) {
                int n = random.nextInt(MACS);
                // MACs 0, 7, 14 …: a vm- among them is one the rule would approve
                n -= n % 7;
                MacAddress mac = MacAddress.of(mac(n));
                ReviewState state = random.nextBoolean() ? ReviewState.REJECTED : ReviewState.APPROVED;
                store.saveReviews(List.of(new Review(mac, state, Optional.empty(), Instant.now())));
                decided.put(mac, state);
                made++;
                try {
                    Thread.sleep(random.nextInt(100));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return decided;
    }

    private Path writeConfig(Path dir, String site, Path leaseFile, PostgresServer server, String database,
            Path password) throws Exception {
        Path config = dir.resolve(site + ".conf");
        Files.writeString(config, """
                store { url = "%s", username = %s, password-file = "%s" }
                sources.dnsmasq = [ { name = %s, path = "%s" } ]
                review.rules = [ { name = lab-vms, when { hostname = "vm-*" }, then { state = approved } } ]
                alerts.channels = [ { name = ops, webhook { url = "http://127.0.0.1:%d/hook", timeout = 5s } } ]
                """.formatted(server.jdbcUrl(database), server.user(), password, site, leaseFile,
                receiver.getAddress().getPort()));
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
        return config;
    }

    private static String mac(int n) {
        return String.format("00:16:3e:00:%02x:%02x", n / 256, n % 256);
    }

    private static int index(MacAddress mac) {
        String[] parts = mac.toString().split(":");
        return Integer.parseInt(parts[4], 16) * 256 + Integer.parseInt(parts[5], 16);
    }

    private static String name(int n) {
        return (n % 2 == 0 ? "vm-" : "pc-") + n;
    }
}
