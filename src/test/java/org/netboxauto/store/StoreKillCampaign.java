package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Review;
import org.netboxauto.core.RunStatus;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.service.JournalEntry;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.testsupport.ChildJvm;
import org.netboxauto.testsupport.StoreWorkMain;

/**
 * Kills a process that discovers, decides and pushes at random points with SIGKILL, and after each
 * kill checks that the store opens and works in normal time and holds everything that was committed.
 */
final class StoreKillCampaign {

    /** What a campaign saw; every count but kills must be zero. */
    record Figures(int kills, int killedInDiscover, int killedInPush, int hangs, int runsLost, int runsLeftRunning,
            int decisionsLost, int pushActionsLost, long slowestCheckMillis, long reopenMillisTotal,
            long fileRewriteBytes) {

        @Override
        public String toString() {
            return "kills %d (%d in discover, %d in push), hangs %d, runs lost %d, runs left running %d, decisions lost %d,"
                    .formatted(kills, killedInDiscover, killedInPush, hangs, runsLost, runsLeftRunning, decisionsLost)
                    + " push actions lost %d, slowest check %d ms, mean check %d ms, %d KB of the file rewritten by runs"
                    .formatted(pushActionsLost, slowestCheckMillis, kills == 0 ? 0 : reopenMillisTotal / kills,
                            fileRewriteBytes >> 10);
        }
    }

    static final long CHECK_BUDGET_SECONDS = 20;

    private final StoreSettings settings;
    private final String[] childAuth;
    private final Path logs;
    private final Random random = new Random();
    private final List<Long> runsDone = new ArrayList<>();
    private long fileRewriteBytes;
    private final List<Long> runsStarted = new ArrayList<>();
    private final Map<String, String> decisions = new HashMap<>();
    private final Map<Long, Integer> pushRecorded = new HashMap<>();
    private final java.util.Set<String> lostRuns = new java.util.HashSet<>();
    private final java.util.Set<String> lostDecisions = new java.util.HashSet<>();
    private final java.util.Set<String> lostActions = new java.util.HashSet<>();

    StoreKillCampaign(StoreSettings settings, Path logs) {
        this.settings = settings;
        this.childAuth = new String[] {settings.username().orElse("-"),
                settings.password().map(org.netboxauto.config.Secret::reveal).orElse("-")};
        this.logs = logs;
    }

    Figures run(int kills) throws Exception {
        int hangs = 0;
        int inDiscover = 0;
        int inPush = 0;
        long slowest = 0;
        long total = 0;
        int[] lost = new int[4];
        ExecutorService checker = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().factory());
        try {
            for (int kill = 0; kill < kills; kill++) {
                Process child = ChildJvm.start(StoreWorkMain.class, logs.resolve("work-" + kill + ".log"),
                        settings.jdbcUrl(), childAuth[0], childAuth[1], "work");
                List<String> lines = new ArrayList<>();
                java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
                Thread reader = Thread.ofVirtual().start(() -> readLines(child, lines, ready));
                if (random.nextInt(10) > 0) {
                    // most kills fall in the work; one in ten while the store is being opened
                    ready.await(60, TimeUnit.SECONDS);
                }
                if (kill % 3 == 2 && awaitLine(lines, "decided", child)) {
                    // every third kill cuts review or push at once: on a fast store they take milliseconds
                    // against a discover's seconds, so a short campaign would rarely hit them by chance
                    Thread.sleep(random.nextInt(5));
                } else {
                    Thread.sleep(random.nextInt(1500));
                }
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                reader.join();
                String last = lines.isEmpty() ? "" : lines.getLast();
                // the steps loop discover → decide → push, so the last line says which step was cut
                if (last.startsWith("decided") || last.startsWith("push-started") || last.startsWith("push-recorded")) {
                    inPush++;
                } else if (last.startsWith("run-started") || last.startsWith("push-done")) {
                    inDiscover++;
                }
                remember(lines);
                long start = System.nanoTime();
                lost[1] += checkInTime(checker, "kill " + (kill + 1), logs.resolve("work-" + kill + ".log"),
                        CHECK_BUDGET_SECONDS)[1];
                long millis = (System.nanoTime() - start) / 1_000_000;
                slowest = Math.max(slowest, millis);
                total += millis;
            }
        } finally {
            checker.shutdownNow();
        }
        printLost();
        // each lost item counted once, however many later checks still miss it
        return new Figures(kills, inDiscover, inPush, hangs, lostRuns.size(), lost[1], lostDecisions.size(),
                lostActions.size(), slowest, total, fileRewriteBytes);
    }

    /** Checks the store as the next command would, failing when that takes longer than the budget. */
    int[] checkInTime(ExecutorService checker, String after, Path childLog, long budgetSeconds) throws Exception {
        Future<int[]> check = checker.submit(this::check);
        try {
            return check.get(budgetSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            check.cancel(true);
            throw new AssertionError("the store did not open and answer within " + budgetSeconds
                    + " s after " + after + "; child log: " + Files.readString(childLog));
        } catch (ExecutionException e) {
            throw new AssertionError("the store failed after " + after + ": " + e.getCause(), e.getCause());
        }
    }

    void printLost() {
        if (!lostDecisions.isEmpty() || !lostRuns.isEmpty() || !lostActions.isEmpty()) {
            System.err.println("lost: runs " + lostRuns + ", decisions " + lostDecisions + ", push actions " + lostActions);
        }
    }

    int runsLost() {
        return lostRuns.size();
    }

    int decisionsLost() {
        return lostDecisions.size();
    }

    static boolean awaitLine(List<String> lines, String prefix, Process child) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive()) {
            synchronized (lines) {
                if (lines.stream().anyMatch(l -> l.startsWith(prefix))) {
                    return true;
                }
            }
            Thread.sleep(10);
        }
        return false;
    }

    static void readLines(Process child, List<String> lines, java.util.concurrent.CountDownLatch ready) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
                ready.countDown();
            }
        } catch (java.io.IOException e) {
            // the child was killed mid-line: what was read is what it said
        } finally {
            ready.countDown();
        }
    }

    void remember(List<String> lines) {
        for (String line : lines) {
            String[] w = line.split(" ");
            switch (w[0]) {
                case "run-started" -> runsStarted.add(Long.parseLong(w[1]));
                case "run-done" -> runsDone.add(Long.parseLong(w[1]));
                case "rewrote" -> fileRewriteBytes += Long.parseLong(w[1]);
                case "decided" -> decisions.put(w[1], w[2]);
                case "push-recorded" -> pushRecorded.put(Long.parseLong(w[1]), Integer.parseInt(w[2]));
                case "push-done" -> pushRecorded.put(Long.parseLong(w[1]), StoreWorkMain.PUSH_ACTIONS);
                default -> { }
            }
        }
    }

    /** Opens the store as the next command would, checks it, and writes to it; returns what was lost. */
    int[] check() {
        int runsLost = 0;
        int leftRunning = 0;
        int decisionsLost = 0;
        int actionsLost = 0;
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            Map<Long, RunStatus> status = new HashMap<>();
            for (long id : runsStarted) {
                store.read(s -> s.getMapper(RunMapper.class).findRun(id))
                        .ifPresent(r -> status.put(id, r.status()));
            }
            for (long id : runsDone) {
                if (status.get(id) != RunStatus.SUCCEEDED) {
                    runsLost++;
                    lostRuns.add(Long.toString(id));
                }
            }
            leftRunning = Math.toIntExact(store.read(s -> s.getMapper(RunMapper.class).countRunsWithStatus(RunStatus.RUNNING)));
            Map<MacAddress, Review> stored = store.reviews();
            for (var d : decisions.entrySet()) {
                Review r = stored.get(MacAddress.of(d.getKey()));
                if (r == null || nanos(r.note().orElse("0:0")) < nanos(d.getValue())) {
                    decisionsLost++;
                    lostDecisions.add(d.getKey() + " " + d.getValue());
                }
            }
            for (var p : pushRecorded.entrySet()) {
                List<JournalEntry> actions = store.pushActions(p.getKey());
                long ok = actions.stream().filter(a -> a.seq() < p.getValue() && a.state() == ActionOutcome.State.OK)
                        .count();
                actionsLost += p.getValue() - (int) ok;
                if (ok < p.getValue()) {
                    lostActions.add(p.getKey() + " " + ok + "/" + p.getValue());
                }
            }
            // and the next command writes as usual
            long run = store.startRun(Instant.now());
            store.finishRun(run, Instant.now(), RunStatus.SUCCEEDED, new CorrelationResult(List.of(), List.of(), List.of()));
            runsStarted.add(run);
            runsDone.add(run);
            store.summary();
            store.lastPush();
        }
        return new int[] {runsLost, leftRunning, decisionsLost, actionsLost};
    }

    private static long nanos(String note) {
        return Long.parseLong(note.substring(note.indexOf(':') + 1));
    }

    static Optional<Integer> configuredKills() {
        return Optional.ofNullable(Integer.getInteger("netboxauto.kills"));
    }
}
