package org.netboxauto.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.store.MyBatisStagingStoreOpener;
import org.netboxauto.store.StoreOpenMain;
import org.netboxauto.testsupport.ChildJvm;

/**
 * Whole-process cost of opening an already-migrated H2 store and reading its hosts, against a
 * process that only starts (as {@code --version}), and against the same open with a full Flyway
 * migrate as every command did before. Prints min / median of each; never fails on time.
 * Run: {@code ./mvnw -Dtest=StoreOpenBenchmark test}.
 */
class StoreOpenBenchmark {

    private static final int RUNS = Integer.getInteger("netboxauto.runs", 7);

    @TempDir
    Path temp;

    @Test
    void openingAMigratedStoreCostsLittleMoreThanStarting() throws Exception {
        String url = StoreConfig.defaultH2Url(temp.resolve("data"));
        new MyBatisStagingStoreOpener().open(new StoreSettings(url, Optional.empty(), Optional.empty())).close();
        List<Long> start = new ArrayList<>();
        List<Long> open = new ArrayList<>();
        List<Long> flyway = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            start.add(time(url, "nothing"));
            open.add(time(url, "open"));
            flyway.add(time(url, "flyway"));
        }
        long base = median(start);
        System.err.printf("process start only (as --version): min %d ms, median %d ms%n", Collections.min(start), base);
        System.err.printf("open + read hosts, version row:     min %d ms, median %d ms, extra %d ms (%.2fx)%n",
                Collections.min(open), median(open), median(open) - base, (double) median(open) / base);
        System.err.printf("open + read hosts, Flyway migrate:  min %d ms, median %d ms, extra %d ms (%.2fx)%n",
                Collections.min(flyway), median(flyway), median(flyway) - base, (double) median(flyway) / base);
    }

    /**
     * The packaged launcher with the shipped defaults, as a user runs it: {@code hosts} on a store an
     * earlier run migrated, against {@code --version} (no store). Needs {@code package} first.
     */
    @Test
    void aCommandOnAMigratedStoreFromTheLauncher() throws Exception {
        WholeProcess app = new WholeProcess(temp.resolve("home"));
        Files.createDirectories(app.configFile().getParent());
        Files.writeString(app.configFile(), "netbox.url = \"https://netbox.example.com\"\n");
        Files.setPosixFilePermissions(app.configFile(), java.nio.file.attribute.PosixFilePermissions.fromString(
                "rw-------"));
        app.warmUp();
        List<WholeProcess.Run> version = new ArrayList<>();
        List<WholeProcess.Run> hosts = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            version.add(app.launch(java.util.Map.of(), "--version"));
            WholeProcess.Run run = app.launch(java.util.Map.of(), "hosts");
            if (run.exit() != 0) {
                throw new IllegalStateException("hosts failed: " + run.err());
            }
            hosts.add(run);
        }
        WholeProcess.Figures peer = WholeProcess.Figures.of(version);
        WholeProcess.Figures ours = WholeProcess.Figures.of(hosts);
        System.out.printf("[benchmark] launcher, min / median of %d: --version %s; hosts on a migrated store %s;"
                + " extra %,d ms (target 300 ms); %s%n", RUNS, peer, ours, ours.medianMs() - peer.medianMs(),
                ours.ratio(peer));
    }

    private long time(String url, String mode) throws Exception {
        long t = System.nanoTime();
        Process p = ChildJvm.start(StoreOpenMain.class, Files.createTempFile(temp, mode, ".log"), url, mode);
        p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(mode + " failed");
        }
        return (System.nanoTime() - t) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
