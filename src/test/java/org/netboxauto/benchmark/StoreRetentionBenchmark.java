package org.netboxauto.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.Correlator;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.RunStatus;
import org.netboxauto.core.SourceKind;
import org.netboxauto.service.Compaction;
import org.netboxauto.service.SourceOutcome;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.store.MyBatisStagingStore;
import org.netboxauto.store.MyBatisStagingStoreOpener;

/**
 * The store's size over 1,000 runs of the same 10,000 hosts (lease + ARP each, runs 6 h apart, so the
 * runs span 250 days), of which 20 (retention.benchmark.moving) get another lease address each run, and move
 * back the next: with store retention (90 days,
 * compacted after each run as discover does) side by side with the same runs into a store without it.
 * In the JVM, each run opens the store, stores, correlates, writes and closes. Prints figures; never
 * fails on time or size.
 * Run: ./mvnw test -Dtest=StoreRetentionBenchmark -Dretention.benchmark=true [-Dretention.benchmark.runs=1000]
 */
@EnabledIfSystemProperty(named = "retention.benchmark", matches = "true")
class StoreRetentionBenchmark {

    private static final String SOURCE = "routeros:core";
    private static final int HOSTS = 10_000;
    private static final int MOVING = Integer.getInteger("retention.benchmark.moving", 20);
    private static final int RUNS = Integer.getInteger("retention.benchmark.runs", 1_000);
    private static final Duration APART = Duration.ofHours(6);
    /** The same runs into a store without retention, side by side; off halves the time when nothing moves. */
    private static final boolean PEER = Boolean.parseBoolean(System.getProperty("retention.benchmark.peer", "true"));

    @TempDir
    Path dir;

    @Test
    void storeSizeOverAThousandRunsWithRetentionAgainstWithout() {
        StoreSettings kept = settings("retention");
        StoreSettings grown = settings("no-retention");
        Correlator correlator = new Correlator(List.of(SourceKind.ROUTEROS));
        long keptFirst = 0;
        long grownFirst = 0;
        List<Long> compactMillis = new ArrayList<>();
        List<Long> runMillis = new ArrayList<>();
        long compacted = 0;
        long runsCompacted = 0;
        long rewritten = 0;
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int run = 1; run <= RUNS; run++, t = t.plus(APART)) {
            List<Observation> observations = leasesAndArp(run, t);
            long start = System.nanoTime();
            CorrelationResult result;
            try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(kept)) {
                long id = store.startRun(t);
                store.saveSource(id, SourceOutcome.succeeded(SOURCE, observations.size()), observations);
                result = correlator.correlate(observations, store.hosts(), Set.of(SOURCE));
                store.finishRun(id, t.plusSeconds(1), RunStatus.SUCCEEDED, result);
                Compaction c = store.compact(t.minus(StoreConfig.DEFAULT_RETENTION),
                        org.netboxauto.service.DiscoveryService.retentionBatch(StoreConfig.DEFAULT_RETENTION));
                compactMillis.add(c.took().toMillis());
                compacted += c.observations();
                runsCompacted += c.runs();
                rewritten += c.fileRewrite();
            }
            runMillis.add((System.nanoTime() - start) / 1_000_000);
            if (PEER) {
                try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(grown)) {
                    long id = store.startRun(t);
                    store.saveSource(id, SourceOutcome.succeeded(SOURCE, observations.size()), observations);
                    store.finishRun(id, t.plusSeconds(1), RunStatus.SUCCEEDED, result);
                }
            }
            long keptSize = size(kept);
            long grownSize = size(grown);
            if (run == 1) {
                keptFirst = keptSize;
                grownFirst = grownSize;
            }
            if (run == 1 || run % 50 == 0 || run == RUNS) {
                System.out.printf("[benchmark] run %d (day %d): with retention %,d KB (%.2fx run 1; rows %s), without"
                        + " %,d KB (%.2fx run 1; rows %s); %,d observations and %,d runs compacted, %,d KB of the file rewritten"
                        + " so far%n", run,
                        Duration.between(Instant.parse("2026-01-01T00:00:00Z"), t).toDays(), keptSize / 1024,
                        (double) keptSize / keptFirst, rows(kept), grownSize / 1024,
                        (double) grownSize / Math.max(1, grownFirst), PEER ? rows(grown) : "not run", compacted,
                        runsCompacted, rewritten >> 10);
                System.out.flush();
            }
        }
        compactMillis.sort(null);
        runMillis.sort(null);
        System.out.printf("[benchmark] store of %,d hosts (lease + ARP each, %d moving per run) over %d runs %s apart:"
                + " with store.retention = 90d %.2fx its size after run 1 (target 2x), without retention %.2fx;"
                + " compaction median %d ms, max %d ms; a run with it (open, store, correlate, write, compact, close)"
                + " median %,d ms; load %s%n", HOSTS, MOVING, RUNS, APART, (double) size(kept) / keptFirst,
                (double) size(grown) / Math.max(1, grownFirst), compactMillis.get(compactMillis.size() / 2), compactMillis.getLast(),
                runMillis.get(runMillis.size() / 2), load());
    }

    /**
     * Runs here are milliseconds apart, not six hours: H2 keeps every chunk of the last 45 s of wall time
     * (RETENTION_TIME) whole, which between real runs has always passed.
     */
    private StoreSettings settings(String name) {
        return new StoreSettings(StoreConfig.defaultH2Url(dir.resolve(name)) + ";RETENTION_TIME=0", Optional.empty(),
                Optional.empty());
    }

    /** Observations, change records and runs the store holds. */
    private static String rows(StoreSettings settings) {
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            return store.read(session -> {
                try (var st = session.getConnection().prepareStatement("SELECT (SELECT COALESCE(SUM(line_count), 0) FROM observation_part),"
                        + " (SELECT COALESCE(SUM(new_count + changed_count + gone_count), 0) FROM host_change_part), (SELECT COUNT(*) FROM discovery_run)");
                     var r = st.executeQuery()) {
                    r.next();
                    return String.format("%,d observations, %,d changes, %,d runs", r.getLong(1), r.getLong(2),
                            r.getLong(3));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private long size(StoreSettings settings) {
        return Path.of(settings.jdbcUrl().substring("jdbc:h2:file:".length()).replaceFirst(";.*", "") + ".mv.db").toFile().length();
    }

    /** The same hosts each run; a window of {@link #MOVING} of them got another lease address this run. */
    private static List<Observation> leasesAndArp(int run, Instant at) {
        List<Observation> out = new ArrayList<>(2 * HOSTS);
        int firstMoving = run * MOVING % HOSTS;
        for (int i = 0; i < HOSTS; i++) {
            MacAddress mac = new MacAddress(0x0200_0000_0000L + i);
            int moved = i >= firstMoving && i < firstMoving + MOVING ? run % 2 + 1 : 0;
            String ip = "10." + (moved + 1) + "." + (i >> 8 & 0xff) + "." + (i & 0xff);
            out.add(new Observation(SOURCE, at, mac, List.of(ip), Optional.of("host-" + i), Optional.empty(),
                    Map.of(Evidence.TABLE, "dhcp-leases", Evidence.STATUS, "bound")));
            out.add(new Observation(SOURCE, at, mac, List.of(ip), Optional.empty(), Optional.empty(),
                    Map.of(Evidence.TABLE, "arp", Evidence.INTERFACE, "bridge-lan")));
        }
        return out;
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
