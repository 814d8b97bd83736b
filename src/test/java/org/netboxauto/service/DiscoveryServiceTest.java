package org.netboxauto.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.ConfigLoader;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.core.HostChange;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.RunStatus;
import org.netboxauto.discovery.Collector;
import org.netboxauto.discovery.CollectorResult;
import org.netboxauto.discovery.DiscoveryListener;
import org.netboxauto.discovery.DiscoveryOrchestrator;
import org.netboxauto.discovery.FixedSourceCollector;
import org.netboxauto.discovery.RunControl;
import org.netboxauto.discovery.StallingPeer;
import org.netboxauto.store.MyBatisStagingStoreOpener;

class DiscoveryServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @TempDir
    Path temp;

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void oneFailingSourceIsReportedAndTheOthersAreStoredAndCorrelated() {
        List<String> finished = new CopyOnWriteArrayList<>();
        DiscoveryListener listener = new DiscoveryListener() {
            @Override
            public void sourceFinished(CollectorResult result, int done, int total) {
                finished.add(result.source() + " " + done + "/" + total);
            }
        };
        DiscoveryReport report = service(List.of(
                FixedSourceCollector.returning("routeros:core", List.of(obs("routeros:core", "00:50:56:00:00:01"),
                        obs("routeros:core", "00:50:56:00:00:02"))),
                FixedSourceCollector.failing("proxmox:pve", "login refused; check sources.proxmox[0].token-id")))
                .discover(config(), List.of(), listener, new RunControl());

        assertThat(report.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(report.sources()).containsExactly(SourceOutcome.succeeded("routeros:core", 2),
                SourceOutcome.failed("proxmox:pve", "login refused; check sources.proxmox[0].token-id"));
        assertThat(report.count(HostChange.Kind.NEW)).isEqualTo(2);
        assertThat(report.hosts()).isEqualTo(2);
        assertThat(finished).hasSize(2).anyMatch(s -> s.endsWith("2/2"));
        try (StagingStore store = stores().open(config().store())) {
            assertThat(store.hosts()).extracting(h -> h.mac().toString()).containsExactly("00:50:56:00:00:01",
                    "00:50:56:00:00:02");
            assertThat(store.lastRun().orElseThrow().sources()).hasSize(2);
        }
    }

    @Test
    void aSourceSeesTheHostsStoredBeforeItsRun() {
        service(List.of(FixedSourceCollector.returning("routeros:core", List.of(obs("routeros:core",
                "00:50:56:00:00:01"))))).discover(config(), List.of(), new DiscoveryListener() { }, new RunControl());
        List<String> seen = new CopyOnWriteArrayList<>();
        Collector probing = new Collector() {
            @Override
            public String sourceId() {
                return "scan";
            }

            @Override
            public String configKey() {
                return "sources.scan";
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(30);
            }

            @Override
            public List<Observation> collect(org.netboxauto.discovery.CollectorContext context) {
                context.storedHosts().forEach(h -> seen.add(h.mac().toString()));
                return List.of();
            }
        };

        service(List.of(probing)).discover(config(), List.of(), new DiscoveryListener() { }, new RunControl());

        assertThat(seen).containsExactly("00:50:56:00:00:01");
    }

    @Test
    void aStalledSourceTimesOutOnItsOwnAndTheRunEnds() throws Exception {
        try (StallingPeer peer = new StallingPeer()) {
            long start = System.nanoTime();
            DiscoveryReport report = service(List.of(
                    FixedSourceCollector.stalling("routeros:slow", peer.port(), Duration.ofMillis(400)),
                    FixedSourceCollector.returning("proxmox:pve", List.of(obs("proxmox:pve", "bc:24:11:00:00:01")))))
                    .discover(config(), List.of(), DiscoveryListener.NONE, new RunControl());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(report.sources().getFirst().error()).hasValueSatisfying(e -> assertThat(e)
                    .startsWith("timed out after 400 ms").contains("sources.test[routeros:slow].timeout"));
            assertThat(report.sources().get(1).succeeded()).isTrue();
            assertThat(millis).as("run time with a 400 ms timeout").isLessThan(5_000);
        }
    }

    @Test
    void cancelStopsABlockedSourceWithinASecond() throws Exception {
        try (StallingPeer peer = new StallingPeer()) {
            RunControl control = new RunControl();
            java.util.concurrent.atomic.AtomicLong cancelledAt = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicLong stoppedAt = new java.util.concurrent.atomic.AtomicLong();
            Thread.ofVirtual().start(() -> {
                sleep(300);
                cancelledAt.set(System.nanoTime());
                control.cancel();
            });
            DiscoveryListener listener = new DiscoveryListener() {
                @Override
                public void sourceFinished(CollectorResult result, int done, int total) {
                    stoppedAt.set(System.nanoTime());
                }
            };
            DiscoveryReport report = service(List.of(
                    FixedSourceCollector.stalling("routeros:slow", peer.port(), Duration.ofMinutes(5))))
                    .discover(config(), List.of(), listener, control);
            assertThat(report.status()).isEqualTo(RunStatus.FAILED);
            assertThat(report.sources().getFirst().error()).contains("cancelled");
            assertThat((stoppedAt.get() - cancelledAt.get()) / 1_000_000).as("ms from cancel to the source stopped")
                    .isLessThan(1_000);
        }
    }

    @Test
    void aStoreThatCannotOpenWhileTheSourcesRunStopsThemAndIsReported() throws Exception {
        try (StallingPeer peer = new StallingPeer()) {
            RunControl control = new RunControl();
            long start = System.nanoTime();
            AppConfig unreachable = config("store { url = \"jdbc:postgresql://127.0.0.1:9/netbox_auto\","
                    + " username = nba, password = nope }");
            assertThatThrownBy(() -> service(List.of(
                    FixedSourceCollector.stalling("routeros:slow", peer.port(), Duration.ofMinutes(5))))
                    .discover(unreachable, List.of(), DiscoveryListener.NONE, control))
                    .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("127.0.0.1:9");
            assertThat(control.cancelled()).as("the source was cancelled").isTrue();
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms until the failure was reported")
                    .isLessThan(15_000);
        }
    }

    @Test
    void sourcesAreChosenByNameOrIdAndUnknownNamesListTheConfiguredOnes() {
        DiscoveryService service = service(List.of(
                FixedSourceCollector.returning("routeros:core", List.of(obs("routeros:core", "00:50:56:00:00:01"))),
                FixedSourceCollector.failing("proxmox:pve", "must not run")));
        DiscoveryReport report = service.discover(config(), List.of("core"), DiscoveryListener.NONE, new RunControl());
        assertThat(report.sources()).extracting(SourceOutcome::source).containsExactly("routeros:core");
        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);

        DiscoveryReport byKind = service(List.of(
                FixedSourceCollector.returning("kea:a", List.of(obs("kea:a", "00:50:56:00:00:02"))),
                FixedSourceCollector.returning("kea:b", List.of(obs("kea:b", "00:50:56:00:00:03"))),
                FixedSourceCollector.failing("dnsmasq:kea2", "must not run")))
                .discover(config(), List.of("kea"), DiscoveryListener.NONE, new RunControl());
        assertThat(byKind.sources()).extracting(SourceOutcome::source).containsExactly("kea:a", "kea:b");

        assertThatThrownBy(() -> service.discover(config(), List.of("nas"), DiscoveryListener.NONE, new RunControl()))
                .hasMessage("no configured source is called nas; the sources are routeros:core, proxmox:pve");
        assertThatThrownBy(() -> service(List.of()).discover(config(), List.of(), DiscoveryListener.NONE,
                new RunControl())).hasMessageContaining("no discovery source is configured");
    }

    private DiscoveryService service(List<Collector> collectors) {
        return new DiscoveryService(stores(), sources -> collectors, () -> org.netboxauto.core.VendorLookup.NONE,
                new DiscoveryOrchestrator(executor, Clock.fixed(NOW, java.time.ZoneOffset.UTC)));
    }

    private StoreAccess stores() {
        return new StoreAccess(new MyBatisStagingStoreOpener(), temp.resolve("data"));
    }

    private AppConfig config() {
        return config("");
    }

    private AppConfig config(String text) {
        try {
            Path file = java.nio.file.Files.writeString(temp.resolve("test.conf"), text);
            java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions
                    .fromString("rw-------"));
            AppDirectories dirs = new AppDirectories(temp.resolve("cfg"), temp.resolve("data"));
            return new ConfigLoader(new ConfigLocations(dirs, Map.of(), true)).load(Optional.of(file)).config()
                    .orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Observation obs(String source, String mac) {
        return new Observation(source, NOW, MacAddress.of(mac), List.of(), Optional.empty(), Optional.empty(), Map.of());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
