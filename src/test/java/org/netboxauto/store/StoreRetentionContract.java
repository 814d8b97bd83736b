package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.Correlator;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostChange;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.RunStatus;
import org.netboxauto.core.SourceKind;
import org.netboxauto.service.Compaction;
import org.netboxauto.service.SourceOutcome;
import org.netboxauto.service.StoreSettings;

/** Store retention on every database the store supports: what is compacted, and what always stays. */
abstract class StoreRetentionContract {

    private static final String SOURCE = "routeros:core";
    private static final Instant DAY0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final MacAddress A = MacAddress.of("02:00:00:00:00:0a");
    private static final MacAddress B = MacAddress.of("02:00:00:00:00:0b");
    private static final MacAddress C = MacAddress.of("02:00:00:00:00:0c");

    abstract StoreSettings newStore() throws Exception;

    @Test
    void oldObservationsALaterOneReplacedGoAndHostsChangesAndEachLatestReportStay() throws Exception {
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(newStore())) {
            List<Long> runs = new ArrayList<>();
            runs.add(run(store, 0, Map.of(A, "10.0.0.1", B, "10.0.0.2", C, "10.0.0.3")));
            runs.add(run(store, 10, Map.of(A, "10.0.0.11", B, "10.0.0.2", C, "10.0.0.3")));
            for (int day = 20; day <= 40; day += 10) {
                runs.add(run(store, day, Map.of(A, "10.0.0.11", B, "10.0.0.2", C, "10.0.0.3")));
            }
            runs.add(run(store, 100, Map.of(A, "10.0.0.21", C, "10.0.0.3")));
            List<Host> hostsBefore = store.hosts();
            List<List<HostChange>> changesBefore = runs.stream().map(store::changes).toList();
            assertThat(observedDays(store, A)).containsExactly(0L, 0L, 10L, 10L, 100L, 100L);

            Compaction done = store.compact(day(100).minus(Duration.ofDays(50)), Duration.ZERO);

            assertThat(observedDays(store, A)).containsExactly(100L, 100L);
            assertThat(observedDays(store, B)).as("gone since day 40: what the source last said of it stays")
                    .containsExactly(0L, 0L);
            assertThat(observedDays(store, C)).containsExactly(0L, 0L);
            assertThat(done.observations()).isEqualTo(4);
            assertThat(done.runs()).as("days 20, 30 and 40: nothing refers to them").isEqualTo(3);
            assertThat(runIds(store)).containsExactly(runs.get(0), runs.get(1), runs.get(5));
            assertThat(store.hosts()).isEqualTo(hostsBefore);
            assertThat(runs.stream().map(store::changes).toList()).isEqualTo(changesBefore);
            assertThat(store.changes(runs.get(1))).extracting(HostChange::mac).containsExactly(A);
            assertThat(store.lastRun().orElseThrow().id()).isEqualTo(runs.get(5));

            Compaction again = store.compact(day(100).minus(Duration.ofDays(50)), Duration.ZERO);
            assertThat(again.observations()).isZero();
            assertThat(again.runs()).isZero();
            assertThat(store.hosts()).isEqualTo(hostsBefore);
        }
    }

    @Test
    void nothingOlderThanTheCutoffDeletesNothing() throws Exception {
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(newStore())) {
            run(store, 0, Map.of(A, "10.0.0.1"));
            run(store, 1, Map.of(A, "10.0.0.2"));
            run(store, 2, Map.of(A, "10.0.0.2"));

            Compaction done = store.compact(day(0), Duration.ZERO);

            assertThat(done.observations()).isZero();
            assertThat(done.runs()).isZero();
            assertThat(observedDays(store, A)).containsExactly(0L, 0L, 1L, 1L);
            assertThat(runIds(store)).hasSize(3);
        }
    }

    @Test
    void aSourcesLatestSuccessfulReadStaysWhenALaterRunOfItFailed() throws Exception {
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(newStore())) {
            run(store, 0, Map.of(A, "10.0.0.1"));
            long read = run(store, 5, Map.of(A, "10.0.0.1"));
            long failed = store.startRun(day(6));
            store.saveSource(failed, SourceOutcome.failed(SOURCE, "timed out"), List.of());
            store.finishRun(failed, day(6).plusSeconds(1), RunStatus.FAILED,
                    new CorrelationResult(store.hosts(), List.of(), List.of()));
            List<Host> hosts = store.hosts();

            store.compact(day(50), Duration.ZERO);

            assertThat(runIds(store)).as("day 0 has the observations, day 5 is the last read, day 6 the last result")
                    .contains(read, failed);
            assertThat(store.hosts()).isEqualTo(hosts);
        }
    }

    @Test
    void deletionsWaitUntilSomethingIsABatchOlderThanTheCutoff() throws Exception {
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(newStore())) {
            run(store, 0, Map.of(A, "10.0.0.1"));
            run(store, 10, Map.of(A, "10.0.0.2"));
            run(store, 11, Map.of(A, "10.0.0.2"));
            run(store, 12, Map.of(A, "10.0.0.2"));

            Compaction early = store.compact(day(12), Duration.ofDays(13));
            assertThat(early.observations()).isZero();
            assertThat(early.runs()).isZero();

            Compaction due = store.compact(day(12), Duration.ofDays(5));
            assertThat(due.observations()).as("day 0 is 12 days older than the cutoff, more than the batch")
                    .isEqualTo(2);
            assertThat(due.runs()).as("day 11; day 12 is the latest").isEqualTo(1);
        }
    }

    private static Instant day(long n) {
        return DAY0.plus(Duration.ofDays(n));
    }

    /** One run of one source reporting a lease and an ARP entry per MAC, stored as discover stores it. */
    private static long run(MyBatisStagingStore store, long day, Map<MacAddress, String> ips) {
        Instant t = day(day);
        List<Observation> observations = new ArrayList<>();
        ips.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            observations.add(new Observation(SOURCE, t, e.getKey(), List.of(e.getValue()),
                    Optional.of("host-" + e.getKey().toString().substring(15)), Optional.empty(),
                    Map.of(Evidence.TABLE, "dhcp-leases", Evidence.STATUS, "bound")));
            observations.add(new Observation(SOURCE, t, e.getKey(), List.of(e.getValue()), Optional.empty(),
                    Optional.empty(), Map.of(Evidence.TABLE, "arp", Evidence.INTERFACE, "bridge-lan")));
        });
        long id = store.startRun(t);
        store.saveSource(id, SourceOutcome.succeeded(SOURCE, observations.size()), observations);
        CorrelationResult result = new Correlator(List.of(SourceKind.ROUTEROS))
                .correlate(observations, store.hosts(), Set.of(SOURCE));
        store.finishRun(id, t.plusSeconds(1), RunStatus.SUCCEEDED, result);
        return id;
    }

    private static List<Long> observedDays(MyBatisStagingStore store, MacAddress mac) {
        return store.observationsOf(mac).stream()
                .map(o -> Duration.between(DAY0, o.observedAt()).toDays()).sorted().toList();
    }

    private static List<Long> runIds(MyBatisStagingStore store) {
        return store.read(session -> {
            List<Long> ids = new ArrayList<>();
            try (var st = session.getConnection().prepareStatement("SELECT id FROM discovery_run ORDER BY id");
                 var rows = st.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return ids;
        });
    }
}
