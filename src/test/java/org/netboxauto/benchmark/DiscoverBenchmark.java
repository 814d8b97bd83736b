package org.netboxauto.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.Correlator;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.RunStatus;
import org.netboxauto.core.SourceKind;
import org.netboxauto.discovery.routeros.PlainTableReader;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerTables;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;
import org.netboxauto.service.SourceOutcome;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.store.MyBatisStagingStore;
import org.netboxauto.store.MyBatisStagingStoreOpener;
import org.netboxauto.testsupport.TestCertificates;

/**
 * {@code discover} from the packaged launcher with the shipped defaults against a RouterOS peer
 * with 50,000 leases and their ARP entries (api-ssl), first run and steady runs, side by side with
 * a plain reader of the same tables in a process of its own; and the store's size over 100 runs of
 * the same 10,000 hosts (in the JVM, each run as discover makes it). Needs {@code package} first. Prints figures; never fails on time.
 * Run: ./mvnw package -DskipTests && ./mvnw test -Dtest=DiscoverBenchmark
 */
class DiscoverBenchmark {

    private static final int LEASES = 50_000;
    private static final int SMALL = 10_000;
    private static final int RUNS = Integer.getInteger("netboxauto.bench.runs", 3);
    private static final int LONG_RUNS = 100;

    @TempDir
    Path dir;

    @Test
    void fiftyThousandLeasesFirstAndSteadyRunsAgainstAPlainReader() throws Exception {
        TestCertificates cert = TestCertificates.selfSigned(dir.resolve("tls"), "router");
        PeerOptions options = PeerOptions.of(PeerVersion.V7_18).with(PeerTables.manyLeasesAndArp(LEASES));
        try (RouterOsPeer router = RouterOsPeer.apiSsl(options, cert)) {
            WholeProcess app = configured(router, options, cert);
            List<WholeProcess.Run> first = new ArrayList<>();
            List<WholeProcess.Run> steady = new ArrayList<>();
            List<WholeProcess.Run> plain = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                first.add(discover(app, "first-" + i));
                plain.add(app.java(PlainTableReader.class, "127.0.0.1", Integer.toString(router.port()),
                        options.user(), options.password(), cert.fingerprintSha256()));
                assertThat(plain.getLast().out()).contains("rows " + 2 * LEASES);
            }
            Counts afterFirst = counts(dir.resolve("first-0"));
            for (int i = 0; i < RUNS; i++) {
                steady.add(discover(app, "first-0"));
                assertThat(steady.getLast().out()).contains("0 new, 0 changed, 0 gone");
            }
            Counts afterSteady = counts(dir.resolve("first-0"), afterFirst.lastWritten());
            WholeProcess.Figures peer = WholeProcess.Figures.of(plain);
            WholeProcess.Figures ours = WholeProcess.Figures.of(first);
            WholeProcess.Figures again = WholeProcess.Figures.of(steady);
            System.out.printf("[benchmark] discover %,d leases + ARP from the launcher, min / median of %d:"
                    + " first run %s; steady run %s | plain reader of the same tables %s%n", LEASES, RUNS, ours,
                    again, peer);
            System.out.printf("[benchmark] discover vs plain reader: first run %s, steady run %s;"
                    + " target 5,000 ms (median %.2fx / %.2fx) and 600 MB (median %.2fx / %.2fx)%n",
                    ours.ratio(peer), again.ratio(peer), ours.medianMs() / 5000.0, again.medianMs() / 5000.0,
                    ours.medianRssMb() / 600.0, again.medianRssMb() / 600.0);
            System.out.printf("[benchmark] steady runs wrote %d host rows and %d observations (store after the first"
                    + " run: %,d hosts, %,d observations)%n", afterSteady.rewritten(),
                    afterSteady.observations() - afterFirst.observations(), afterFirst.hosts(),
                    afterFirst.observations());
        }
    }

    /** In the JVM, so that 100 runs take minutes: each run stores, correlates and writes as discover does. */
    @Test
    void storeSizeOverOneHundredRunsOfTheSameTenThousandHosts() {
        Path data = dir.resolve("long");
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(data), Optional.empty(), Optional.empty());
        Path file = data.resolve("store.mv.db");
        Correlator correlator = new Correlator(List.of(SourceKind.ROUTEROS));
        long afterFirst = 0;
        StringBuilder sizes = new StringBuilder();
        List<Long> millis = new ArrayList<>();
        Instant t = Instant.parse("2026-12-01T00:00:00Z");
        for (int run = 1; run <= LONG_RUNS; run++, t = t.plusSeconds(300)) {
            long start = System.nanoTime();
            try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
                long id = store.startRun(t);
                List<Observation> observations = leasesAndArp(SMALL, t);
                store.saveSource(id, SourceOutcome.succeeded(SOURCE, observations.size()), observations);
                CorrelationResult result = correlator.correlate(observations, store.hosts(), Set.of(SOURCE));
                store.finishRun(id, t.plusSeconds(1), RunStatus.SUCCEEDED, result);
            }
            millis.add((System.nanoTime() - start) / 1_000_000);
            long size = file.toFile().length();
            if (run == 1) {
                afterFirst = size;
            }
            if (run == 1 || run % 25 == 0) {
                sizes.append(String.format(" run %d: %,d KB;", run, size / 1024));
            }
        }
        long last = file.toFile().length();
        millis.sort(null);
        System.out.printf("[benchmark] store of %,d hosts (lease + ARP each) over %d runs:%s after %d runs %.2fx its"
                + " size after run 1 (target 2x); a run (open, store, correlate, write, close) median %,d ms%n", SMALL,
                LONG_RUNS, sizes, LONG_RUNS, (double) last / afterFirst, millis.get(millis.size() / 2));
    }

    /**
     * Where a run's time goes inside the JVM (no process start, no peer): store, read, correlate and
     * write of 50,000 leases + ARP, a first run and steady runs, each phase timed on its own.
     */
    @Test
    void fiftyThousandLeasesPhaseByPhaseInTheJvm() {
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(dir.resolve("phases")), Optional.empty(),
                Optional.empty());
        Correlator correlator = new Correlator(List.of(SourceKind.ROUTEROS));
        Instant t = Instant.parse("2026-12-01T00:00:00Z");
        for (int run = 1; run <= 1 + RUNS; run++, t = t.plusSeconds(300)) {
            Laps laps = new Laps();
            try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
                long id = store.startRun(t);
                laps.lap("open+start");
                List<Observation> observations = leasesAndArp(LEASES, t);
                laps.lap("make observations");
                store.saveSource(id, SourceOutcome.succeeded(SOURCE, observations.size()), observations);
                laps.lap("store observations");
                List<org.netboxauto.core.Host> stored = store.hosts();
                laps.lap("read hosts");
                CorrelationResult result = correlator.correlate(observations, stored, Set.of(SOURCE));
                laps.lap("correlate");
                store.finishRun(id, t.plusSeconds(1), RunStatus.SUCCEEDED, result);
                laps.lap("write hosts");
            }
            System.out.printf("[benchmark] in the JVM, %s run of %,d leases + ARP, wall / CPU of this thread:%s%n",
                    run == 1 ? "first" : "steady", LEASES, laps);
        }
    }

    /** Wall and this thread's CPU time of consecutive phases: CPU time tells work from waiting on a busy machine. */
    private static final class Laps {
        private static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();
        private final StringBuilder text = new StringBuilder();
        private final long wallStart = System.nanoTime();
        private final long cpuStart = THREADS.getCurrentThreadCpuTime();
        private long wall = wallStart;
        private long cpu = cpuStart;

        void lap(String phase) {
            long w = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            text.append(String.format(" %s %,d / %,d ms;", phase, (w - wall) / 1_000_000, (c - cpu) / 1_000_000));
            wall = w;
            cpu = c;
        }

        @Override
        public String toString() {
            return text + String.format(" whole %,d / %,d ms", (wall - wallStart) / 1_000_000,
                    (cpu - cpuStart) / 1_000_000);
        }
    }

    private static final String SOURCE = "routeros:core";

    private static List<Observation> leasesAndArp(int hosts, Instant at) {
        List<Observation> out = new ArrayList<>(2 * hosts);
        for (int i = 0; i < hosts; i++) {
            MacAddress mac = new MacAddress(0x0200_0000_0000L + i);
            String ip = "10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff);
            out.add(new Observation(SOURCE, at, mac, List.of(ip), Optional.of("host-" + i), Optional.empty(),
                    Map.of(Evidence.TABLE, "dhcp-leases", Evidence.STATUS, "bound")));
            out.add(new Observation(SOURCE, at, mac, List.of(ip), Optional.empty(), Optional.empty(),
                    Map.of(Evidence.TABLE, "arp", Evidence.INTERFACE, "bridge-lan")));
        }
        return out;
    }

    private WholeProcess configured(RouterOsPeer router, PeerOptions options, TestCertificates cert)
            throws Exception {
        WholeProcess app = new WholeProcess(dir.resolve("home"));
        Path password = Files.writeString(Files.createDirectories(dir.resolve("secrets")).resolve("router.pass"),
                options.password());
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        Path config = app.configFile();
        Files.createDirectories(config.getParent());
        Files.writeString(config, """
                sources.routeros = [
                  { name = core, host = "127.0.0.1", port = %d, username = %s, password-file = "%s",
                    tls.fingerprint-sha256 = "%s" }
                ]
                """.formatted(router.port(), options.user(), password, cert.fingerprintSha256()));
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
        app.warmUp();
        // a discover into a store of its own, as after any first discover: the runs measured start from the
        // class cache a discover keeps (docs/adr/0041)
        app.cacheFor(Map.of("XDG_DATA_HOME", dir.resolve("cache-run").toString()), "discover");
        return app;
    }

    private WholeProcess.Run discover(WholeProcess app, String data) throws Exception {
        WholeProcess.Run run = app.launch(Map.of("XDG_DATA_HOME", dir.resolve(data).toString()), "discover");
        assertThat(run.exit()).as(run.err()).isZero();
        // where the run's time went, as its log says
        List<String> timings = Files.readAllLines(dir.resolve(data).resolve("netbox-auto/netbox-auto.log")).stream()
                .filter(l -> l.contains("observations in ") || l.contains("Discovery run ")).toList();
        timings.subList(Math.max(0, timings.size() - 2), timings.size()).forEach(l -> System.out.println(
                "[benchmark]   " + l.replaceFirst("^\\S+ INFO +\\[main\\] ", "")));
        return run;
    }

    /** @param rewritten host rows written after {@code since} */
    private record Counts(long hosts, long observations, java.time.Instant lastWritten, long rewritten) {
    }

    private static Counts counts(Path data) {
        return counts(data, java.time.Instant.MAX);
    }

    /** Hosts, observations and when host rows were written, read from the store the runs left. */
    private static Counts counts(Path data, java.time.Instant since) {
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(data.resolve("netbox-auto")),
                Optional.empty(), Optional.empty());
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            return store.read(session -> {
                try (var st = session.getConnection().prepareStatement("SELECT (SELECT COUNT(*) FROM host),"
                        + " (SELECT COALESCE(SUM(line_count), 0) FROM observation_part), (SELECT MAX(last_seen) FROM host),"
                        + " (SELECT COUNT(*) FROM host WHERE last_seen > ?)")) {
                    st.setObject(1, since.equals(java.time.Instant.MAX) ? java.time.OffsetDateTime.MAX
                            : since.atOffset(java.time.ZoneOffset.UTC));
                    var rows = st.executeQuery();
                    rows.next();
                    return new Counts(rows.getLong(1), rows.getLong(2),
                            rows.getObject(3, java.time.OffsetDateTime.class).toInstant(), rows.getLong(4));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
