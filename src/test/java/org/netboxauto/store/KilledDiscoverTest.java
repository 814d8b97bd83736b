package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.testsupport.ChildJvm;
import org.netboxauto.testsupport.StoreWorkMain;

/**
 * SIGKILL at random points of a big discover on the H2 store, each followed at once by the next
 * discover: that one gets the store at once, every tenth one and the last run to the end in normal
 * time, and the store keeps every earlier run and decision. The suite runs a few kills of a 2,000-host
 * discover; {@code -Dnetboxauto.kills=50 -Dnetboxauto.discoverHosts=20000} runs the long one (ADR 0017).
 */
class KilledDiscoverTest {

    private static final int HOSTS = Integer.getInteger("netboxauto.discoverHosts", 2000);
    private static final int KILLS = StoreKillCampaign.configuredKills().orElse(3);
    private static final long SLACK_SECONDS = 30;
    private static final long FINISH_BUDGET_MINUTES = 10;
    // the launcher leaves the heap at the JVM's default; 128 MB made a 20,000-host discover spend its time in GC
    private static final String HEAP = "512m";

    @TempDir
    Path temp;

    @Test
    void aDiscoverStartedRightAfterAKilledOneFinishesInNormalTimeAndNothingIsLost() throws Exception {
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(temp.resolve("data")), Optional.empty(),
                Optional.empty());
        StoreKillCampaign campaign = new StoreKillCampaign(settings, temp);
        Random random = new Random();
        long normal = finish(campaign, settings, "first");
        long slowest = 0;
        int finished = 0;
        int inDiscover = 0;
        ExecutorService checker = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().factory());
        try {
            for (int kill = 0; kill < KILLS; kill++) {
                Path log = temp.resolve("killed-" + kill + ".log");
                Process child = ChildJvm.startWithHeap(StoreWorkMain.class, log, HEAP, settings.jdbcUrl(), "-", "-",
                        "command", Integer.toString(HOSTS));
                List<String> lines = new ArrayList<>();
                CountDownLatch ready = new CountDownLatch(1);
                Thread reader = Thread.ofVirtual().start(() -> StoreKillCampaign.readLines(child, lines, ready));
                assertThat(StoreKillCampaign.awaitLine(lines, "run-started", child))
                        .as("discover after kill %d started its run", kill).isTrue();
                Thread.sleep(random.nextLong(Math.max(1, normal)));
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                reader.join();
                if (lines.getLast().startsWith("run-started")) {
                    inDiscover++;
                }
                campaign.remember(lines);
                // opening after a kill rolls back the killed run's open transaction: as long as a run at most
                campaign.checkInTime(checker, "kill " + (kill + 1), log,
                        StoreKillCampaign.CHECK_BUDGET_SECONDS + TimeUnit.MILLISECONDS.toSeconds(normal));
                if (kill % 10 == 9 || kill == KILLS - 1) {
                    slowest = Math.max(slowest, finish(campaign, settings, "after-" + kill));
                    finished++;
                }
            }
        } finally {
            checker.shutdownNow();
        }
        campaign.printLost();
        System.err.printf("%d-host discover killed %d times (%d inside the run): runs lost %d, decisions lost %d;"
                + " first discover's run %d ms,"
                + " slowest of %d discovers after kills %d ms (%.2fx)%n", HOSTS, KILLS, inDiscover, campaign.runsLost(),
                campaign.decisionsLost(), normal, finished, slowest, (double) slowest / normal);
        assertThat(campaign.runsLost()).as("runs lost").isZero();
        assertThat(campaign.decisionsLost()).as("decisions lost").isZero();
        assertThat(inDiscover).as("kills that hit a discover").isPositive();
        assertThat(slowest).as("a discover after kills takes about as long as the first")
                .isLessThan(3 * normal + TimeUnit.SECONDS.toMillis(SLACK_SECONDS));
    }

    /**
     * With {@code -Dnetboxauto.keepStoreOnHang=DIR}, a copy of the store folder as the next discover finds it,
     * kept when that discover does not end, to replay it.
     */
    private Path keepStoreAsItWas(String name) throws java.io.IOException {
        String into = System.getProperty("netboxauto.keepStoreOnHang");
        if (into == null || !Files.isDirectory(temp.resolve("data"))) {
            return null;
        }
        Path copy = Path.of(into).resolve(name);
        deleteTree(copy);
        Files.createDirectories(copy);
        try (var files = Files.list(temp.resolve("data"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String threads(Process child) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(child.pid()), "Thread.print").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    /** Runs one whole discover and decision in its own process; returns how long its run took. */
    private long finish(StoreKillCampaign campaign, StoreSettings settings, String name) throws Exception {
        Path kept = keepStoreAsItWas(name);
        Process child = ChildJvm.startWithHeap(StoreWorkMain.class, temp.resolve(name + ".log"), HEAP,
                settings.jdbcUrl(), "-", "-", "command", Integer.toString(HOSTS));
        List<String> lines = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = Thread.ofVirtual().start(() -> StoreKillCampaign.readLines(child, lines, ready));
        StoreKillCampaign.awaitLine(lines, "run-started", child);
        long start = System.nanoTime();
        StoreKillCampaign.awaitLine(lines, "run-done", child);
        long run = (System.nanoTime() - start) / 1_000_000;
        boolean exited = child.waitFor(FINISH_BUDGET_MINUTES, TimeUnit.MINUTES);
        String threads = exited ? "" : threads(child);
        if (!exited) {
            child.destroyForcibly();
            System.err.println("the store as the " + name + " discover found it: " + kept);
        } else if (kept != null) {
            deleteTree(kept);
        }
        reader.join();
        assertThat(exited).as("the %s discover ended within %d min; it said %s; its threads: %s", name,
                FINISH_BUDGET_MINUTES, lines, threads).isTrue();
        assertThat(lines).as("the %s discover finished", name).contains("done");
        campaign.remember(lines);
        return run;
    }
}
