package org.netboxauto.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.ConfigLoader;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.DiscoveryListener;
import org.netboxauto.discovery.DiscoveryOrchestrator;
import org.netboxauto.discovery.FixedSourceCollector;
import org.netboxauto.discovery.RunControl;
import org.netboxauto.store.MyBatisStagingStoreOpener;

/** Store retention runs at the end of each discovery run, as store.retention says. */
class DiscoveryRetentionTest {

    private static final Instant FIRST = Instant.parse("2026-01-01T12:00:00Z");
    private static final Instant LATER = FIRST.plus(Duration.ofDays(100));
    private static final MacAddress MAC = MacAddress.of("00:50:56:00:00:01");

    @TempDir
    Path temp;

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void aRunDeletesTheObservationsOlderThanTheRetentionThatALaterOneReplaced() {
        AppConfig config = config("store.retention = 30d\n");
        discover(config, FIRST, "10.0.0.1");
        discover(config, LATER, "10.0.0.2");

        try (StagingStore store = stores().open(config.store())) {
            assertThat(store.observationsOf(MAC)).extracting(Observation::observedAt).containsExactly(LATER);
            assertThat(store.hosts()).singleElement().satisfies(h -> assertThat(h.ipValues()).contains("10.0.0.2"));
        }
    }

    @Test
    void withALongerRetentionTheHistoryStays() {
        AppConfig config = config("store.retention = 200d\n");
        discover(config, FIRST, "10.0.0.1");
        discover(config, LATER, "10.0.0.2");

        try (StagingStore store = stores().open(config.store())) {
            assertThat(store.observationsOf(MAC)).extracting(Observation::observedAt).containsExactly(FIRST, LATER);
        }
    }

    private void discover(AppConfig config, Instant at, String ip) {
        Observation seen = new Observation("routeros:core", at, MAC, List.of(ip), Optional.of("web01"),
                Optional.empty(), Map.of());
        new DiscoveryService(stores(), sources -> List.of(FixedSourceCollector.returning("routeros:core",
                List.of(seen))), () -> org.netboxauto.core.VendorLookup.NONE,
                new DiscoveryOrchestrator(executor, Clock.fixed(at, ZoneOffset.UTC)))
                .discover(config, List.of(), DiscoveryListener.NONE, new RunControl());
    }

    private StoreAccess stores() {
        return new StoreAccess(new MyBatisStagingStoreOpener(), temp.resolve("data"));
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
}
