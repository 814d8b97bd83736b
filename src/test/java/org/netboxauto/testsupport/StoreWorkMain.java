package org.netboxauto.testsupport;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.netboxauto.config.Secret;
import org.netboxauto.core.Correlator;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.Review;
import org.netboxauto.core.ReviewState;
import org.netboxauto.core.RunStatus;
import org.netboxauto.core.SourceKind;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.service.JournalEntry;
import org.netboxauto.service.SourceOutcome;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.store.MyBatisStagingStore;
import org.netboxauto.store.MyBatisStagingStoreOpener;

/**
 * A netbox-auto process working on a store as discover, review and push do, printing a line after
 * each commit so that a test which kills it knows what must survive:
 * {@code URL USER PASSWORD work} loops discover runs, decisions and pushes until killed;
 * {@code URL USER PASSWORD command N} does one short command (a run of N hosts and a decision) and exits.
 */
public final class StoreWorkMain {

    static final String SOURCE_A = "routeros:core";
    static final String SOURCE_B = "scan";
    public static final int MAC_POOL = 3000;
    public static final int PUSH_ACTIONS = 240;
    public static final int PUSH_BATCH = 40;

    private StoreWorkMain() {
    }

    public static void main(String[] args) throws Exception {
        StoreSettings settings = new StoreSettings(args[0], Optional.of(args[1]).filter(u -> !u.equals("-")),
                Optional.of(args[2]).filter(p -> !p.equals("-")).map(Secret::new));
        Random random = new Random();
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            say("ready");
            if (args[3].equals("command")) {
                int hosts = Integer.parseInt(args[4]);
                discover(store, random, hosts, Math.max(MAC_POOL, hosts));
                decide(store, random);
                say("done");
                return;
            }
            // starting at a random step spreads the kills over every step
            for (int step = random.nextInt(3); ; step = (step + 1) % 3) {
                switch (step) {
                    case 0 -> discover(store, random, 300 + random.nextInt(MAC_POOL - 300), MAC_POOL);
                    case 1 -> decide(store, random);
                    default -> push(store, random);
                }
            }
        }
    }

    /**
     * A run that sees {@code hosts} of the {@code pool} hosts (distinct MACs while hosts ≤ pool), in discover's
     * order: the hosts read, the sources' outcomes recorded, their observations stored in one transaction while
     * the run is closed in another.
     */
    private static void discover(MyBatisStagingStore store, Random random, int hosts, int pool) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long run = store.startRun(now);
        say("run-started " + run);
        org.netboxauto.service.StagingStore.StoredHosts base = store.storedHosts();
        List<Observation> a = observations(SOURCE_A, now, random, hosts, pool);
        List<Observation> b = observations(SOURCE_B, now, random, hosts / 2, pool);
        SourceOutcome readA = SourceOutcome.succeeded(SOURCE_A, a.size());
        SourceOutcome readB = SourceOutcome.succeeded(SOURCE_B, b.size());
        store.recordSource(run, readA);
        store.recordSource(run, readB);
        java.util.concurrent.CompletableFuture<Void> stored = java.util.concurrent.CompletableFuture.runAsync(() -> {
            store.saveObservations(run, readA, a);
            store.saveObservations(run, readB, b);
        }, r -> Thread.ofPlatform().start(r));
        List<Observation> all = new ArrayList<>(a);
        all.addAll(b);
        Correlator correlator = new Correlator(List.of(SourceKind.ROUTEROS, SourceKind.SCAN));
        Set<String> read = Set.of(SOURCE_A, SOURCE_B);
        store.finishRun(run, Instant.now(), RunStatus.SUCCEEDED, base, correlator.correlate(all, base.hosts(), read),
                current -> correlator.correlate(all, current, read));
        stored.join();
        say("run-done " + run);
        // as discover does after its run: retention, then the file's sparse chunks rewritten
        say("rewrote " + store.compact(now.minus(org.netboxauto.config.StoreConfig.DEFAULT_RETENTION),
                java.time.Duration.ofDays(9)).fileRewrite());
    }

    private static List<Observation> observations(String source, Instant now, Random random, int count, int pool) {
        List<Observation> list = new ArrayList<>(count);
        int first = random.nextInt(pool);
        for (int i = 0; i < count; i++) {
            int n = (first + i) % pool;
            list.add(new Observation(source, now, MacAddress.of(mac(n)), List.of("10.77." + (n / 250) + "." + (n % 250 + 1)),
                    Optional.of("host-" + n + "-" + random.nextInt(3))));
        }
        return list;
    }

    /** Decisions carry a growing sequence in their note: the store must hold the last one printed, or a later one. */
    private static void decide(MyBatisStagingStore store, Random random) {
        List<Review> reviews = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            MacAddress mac = MacAddress.of(mac(random.nextInt(MAC_POOL)));
            reviews.add(new Review(mac, ReviewState.APPROVED, Optional.of("server"), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(ProcessHandle.current().pid() + ":" + System.nanoTime()), Instant.now()));
        }
        store.saveReviews(reviews);
        for (Review r : reviews) {
            say("decided " + r.mac() + " " + r.note().orElseThrow());
        }
    }

    private static void push(MyBatisStagingStore store, Random random) {
        List<JournalEntry> planned = new ArrayList<>();
        for (int i = 0; i < PUSH_ACTIONS; i++) {
            planned.add(new JournalEntry(i, "dcim.device:" + i, "create device host-" + i, ActionOutcome.State.PLANNED,
                    Optional.empty(), Optional.empty(), "name: host-" + i));
        }
        long push = store.startPush(Instant.now(), "http://netbox.test/", planned);
        say("push-started " + push);
        for (int from = 0; from < PUSH_ACTIONS; from += PUSH_BATCH) {
            List<ActionOutcome> outcomes = new ArrayList<>();
            for (int i = from; i < from + PUSH_BATCH; i++) {
                outcomes.add(ActionOutcome.ok("dcim.device:" + i, Optional.of(1000L + i)));
            }
            store.recordPush(push, outcomes, Instant.now());
            say("push-recorded " + push + " " + (from + PUSH_BATCH));
        }
        store.finishPush(push, Instant.now());
        say("push-done " + push);
    }

    public static String mac(int n) {
        return String.format("02:77:00:00:%02x:%02x", (n >>> 8) & 0xff, n & 0xff);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
