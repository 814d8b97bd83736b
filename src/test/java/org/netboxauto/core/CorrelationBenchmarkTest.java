package org.netboxauto.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.service.SourceOutcome;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.store.MyBatisStagingStore;
import org.netboxauto.store.MyBatisStagingStoreOpener;

/** Prints how long correlating and storing a large network takes; never fails on time. */
class CorrelationBenchmarkTest {

    private static final int MACS = 50_000;
    private static final List<String> SOURCES = List.of("routeros:core", "proxmox:pve", "routeros:edge");

    @TempDir
    Path temp;

    @Test
    void correlateAndPersistOneHundredThousandObservations() {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");
        measure(observations(MACS / 10, now), now, temp.resolve("warm-up"), false);
        measure(observations(MACS, now), now, temp.resolve("measured"), true);
    }

    private static List<Observation> observations(int macs, Instant now) {
        List<Observation> observations = new ArrayList<>(2 * macs);
        for (int i = 0; i < 2 * macs; i++) {
            int host = i % macs;
            String source = SOURCES.get(i % SOURCES.size());
            MacAddress mac = new MacAddress(0x0050_5600_0000L + host);
            observations.add(new Observation(source, now, mac, List.of("10." + (host >> 16) + "." + ((host >> 8) & 255)
                    + "." + (host & 255)), Optional.of("host-" + host), Optional.empty(),
                    Map.of(Evidence.TABLE, "dhcp-leases")));
        }
        return observations;
    }

    private static void measure(List<Observation> observations, Instant now, Path dir, boolean print) {
        int macs = observations.size() / 2;
        Correlator correlator = new Correlator(List.of(SourceKind.ROUTEROS, SourceKind.PROXMOX));
        long start = System.nanoTime();
        CorrelationResult result = correlator.correlate(observations, List.of(), Set.copyOf(SOURCES));
        long correlateMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(result.updated()).hasSize(macs);

        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(dir), Optional.empty(), Optional.empty());
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            long run = store.startRun(now);
            start = System.nanoTime();
            for (String source : SOURCES) {
                List<Observation> mine = observations.stream().filter(o -> o.source().equals(source)).toList();
                store.saveSource(run, SourceOutcome.succeeded(source, mine.size()), mine);
            }
            long observationsMs = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            store.finishRun(run, now, RunStatus.SUCCEEDED, result);
            long hostsMs = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            List<Host> reread = store.hosts();
            long readMs = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            Instant later = now.plusSeconds(3600);
            List<Observation> again = observations.stream().map(o -> new Observation(o.source(), later, o.mac(), o.ips(),
                    o.hostname(), o.group(), o.evidence())).toList();
            CorrelationResult second = correlator.correlate(again, reread, Set.copyOf(SOURCES));
            long secondMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(reread).hasSize(macs);
            assertThat(second.changes()).isEmpty();
            long run2 = store.startRun(later);
            start = System.nanoTime();
            for (String source : SOURCES) {
                List<Observation> mine = again.stream().filter(o -> o.source().equals(source)).toList();
                store.saveSource(run2, SourceOutcome.succeeded(source, mine.size()), mine);
            }
            long sameObservationsMs = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            store.finishRun(run2, later, RunStatus.SUCCEEDED, second);
            long updateMs = (System.nanoTime() - start) / 1_000_000;
            if (!print) {
                return;
            }

            System.out.printf("[benchmark] correlate %,d observations (%,d MACs, %d sources): %d ms; target 1000 ms;"
                    + " ratio %.2f%n", observations.size(), MACS, SOURCES.size(), correlateMs, correlateMs / 1000.0);
            System.out.printf("[benchmark] persist %,d hosts with provenance (H2): %d ms; target 2000 ms; ratio %.2f%n",
                    MACS, hostsMs, hostsMs / 2000.0);
            System.out.printf("[benchmark] store the %,d observations themselves (3 transactions): %d ms%n",
                    observations.size(), observationsMs);
            System.out.printf("[benchmark] next run: read %,d hosts %d ms, correlate against them %d ms (0 changes),"
                    + " store the same observations again %d ms (none kept), write the hosts %d ms (none changed)%n",
                    MACS, readMs, secondMs, sameObservationsMs, updateMs);
        }
    }
}
