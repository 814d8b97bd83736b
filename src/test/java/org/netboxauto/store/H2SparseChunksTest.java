package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.Correlator;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.RunStatus;
import org.netboxauto.core.SourceKind;
import org.netboxauto.service.Compaction;
import org.netboxauto.service.SourceOutcome;
import org.netboxauto.service.StoreSettings;

/**
 * Runs of a network whose hosts keep changing, each compacted as discover does, into a real H2 file. Without
 * the rewrite the same 60 runs leave a file 5.8 times its size after the first run, 23 % of it live.
 */
class H2SparseChunksTest {

    private static final String SOURCE = "routeros:core";
    private static final int HOSTS = 2_000;
    private static final int MOVING = 20;
    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path temp;

    private final Correlator correlator = new Correlator(List.of(SourceKind.ROUTEROS));

    /** Runs are hours apart, so H2's retention time (45 s of wall time) has passed for every earlier chunk. */
    private StoreSettings settings() {
        return new StoreSettings(StoreConfig.defaultH2Url(temp.resolve("data")) + ";RETENTION_TIME=0",
                Optional.empty(), Optional.empty());
    }

    private Path file() {
        return temp.resolve("data").resolve("store.mv.db");
    }

    @Test
    void aNetworkThatKeepsChangingLeavesAFileThatIsMostlyLiveAndDoesNotKeepGrowing() {
        StoreSettings settings = settings();
        assertThat(run(settings, 0).fileRewrite()).as("a first run leaves nothing sparse").isZero();
        long afterFirst = file().toFile().length();
        long rewritten = 0;
        for (int run = 1; run <= 60; run++) {
            rewritten += run(settings, run).fileRewrite();
        }
        assertThat(rewritten).as("bytes rewritten out of sparse chunks").isPositive();
        MVStore store = new MVStore.Builder().fileName(file().toString()).readOnly().open();
        try {
            assertThat(store.getFileStore().getChunksFillRate()).as("percent of the file's chunks still live")
                    .isGreaterThanOrEqualTo(H2SparseChunks.FILL_RATE);
        } finally {
            store.close();
        }
        assertThat(file().toFile().length()).as("file after 60 changing runs against after the first")
                .isLessThan(afterFirst * 7 / 2);
        try (MyBatisStagingStore store2 = new MyBatisStagingStoreOpener().open(settings)) {
            List<Host> hosts = store2.hosts();
            assertThat(hosts).hasSize(HOSTS);
            Host moved = hosts.stream().filter(h -> h.mac().equals(mac(60 * MOVING))).findFirst().orElseThrow();
            assertThat(moved.ips()).extracting(org.netboxauto.core.Sourced::value).containsExactly(ip(60 * MOVING, 60));
        }
    }

    @Test
    void aSteadyNetworkRewritesNothing() {
        StoreSettings settings = settings();
        run(settings, 0);
        Compaction steady = run(settings, 0);
        assertThat(steady.fileRewrite()).isZero();
    }

    /** Open, store, correlate, write, compact and close, as discover does; {@code run} 0 moves nobody. */
    private Compaction run(StoreSettings settings, int run) {
        Instant at = FIRST.plus(Duration.ofHours(6L * run));
        List<Observation> observations = new ArrayList<>(HOSTS);
        for (int i = 0; i < HOSTS; i++) {
            observations.add(new Observation(SOURCE, at, mac(i), List.of(ip(i, run)), Optional.of("host-" + i),
                    Optional.empty(), Map.of(Evidence.TABLE, "dhcp-leases", Evidence.STATUS, "bound")));
        }
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            long id = store.startRun(at);
            store.saveSource(id, SourceOutcome.succeeded(SOURCE, observations.size()), observations);
            CorrelationResult result = correlator.correlate(observations, store.hosts(), Set.of(SOURCE));
            store.finishRun(id, at.plusSeconds(1), RunStatus.SUCCEEDED, result);
            return store.compact(at.minus(StoreConfig.DEFAULT_RETENTION), Duration.ofDays(9));
        }
    }

    private static MacAddress mac(int i) {
        return new MacAddress(0x0200_0000_0000L + i);
    }

    /** Host {@code i}'s lease address in {@code run}: the window of hosts that run moves gets another one. */
    private static String ip(int i, int run) {
        boolean moving = run > 0 && i >= run * MOVING && i < (run + 1) * MOVING;
        return "10." + (moving ? 2 : 1) + "." + (i >> 8) + "." + (i & 0xff);
    }
}
