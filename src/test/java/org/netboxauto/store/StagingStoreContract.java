package org.netboxauto.store;

import org.netboxauto.core.SourceStatus;
import org.netboxauto.core.RunStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.netboxauto.core.HostCounts;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.SourceKind;
import org.netboxauto.core.Sourced;
import org.netboxauto.core.ReviewState;
import org.netboxauto.service.RunSummary;
import org.netboxauto.service.SourceLastRead;
import org.netboxauto.service.SourceOutcome;
import org.netboxauto.service.StagingStore;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.service.StoreSummary;
import org.netboxauto.testsupport.StoreFixtures;

/** Migrations, mappers and summary; run against every database the store supports. */
abstract class StagingStoreContract {

    static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

    /** Settings for a store nobody has opened yet. */
    abstract StoreSettings newStore() throws Exception;

    MyBatisStagingStore open(StoreSettings settings) {
        return new MyBatisStagingStoreOpener().open(settings);
    }

    @Test
    void freshStoreIsEmptyAndAtTheNewestSchema() throws Exception {
        try (MyBatisStagingStore store = open(newStore())) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrator.CURRENT);
            assertThat(store.summary()).isEqualTo(new StoreSummary(0, HostCounts.NONE, Optional.empty()));
        }
    }

    @Test
    void summaryCountsRunsHostsByReviewStateAndLastFinish() throws Exception {
        try (MyBatisStagingStore store = open(newStore())) {
            store.write(session -> {
                RunMapper runs = session.getMapper(RunMapper.class);
                GeneratedId first = new GeneratedId();
                runs.insertRun(T0, RunStatus.RUNNING, first);
                runs.finishRun(first.value(), T0.plusSeconds(60), RunStatus.SUCCEEDED);
                GeneratedId second = new GeneratedId();
                runs.insertRun(T0.plusSeconds(3600), RunStatus.RUNNING, second);
                runs.finishRun(second.value(), T0.plusSeconds(3700), RunStatus.PARTIAL);
                GeneratedId running = new GeneratedId();
                runs.insertRun(T0.plusSeconds(7200), RunStatus.RUNNING, running);
                HostMapper hosts = session.getMapper(HostMapper.class);
                for (int i = 0; i < 6; i++) {
                    hosts.insert(host(StoreFixtures.mac(i)));
                }
                ReviewMapper reviews = session.getMapper(ReviewMapper.class);
                reviews.insert(review(StoreFixtures.mac(0), ReviewState.APPROVED));
                reviews.insert(review(StoreFixtures.mac(1), ReviewState.APPROVED));
                reviews.insert(review(StoreFixtures.mac(2), ReviewState.REJECTED));
                reviews.insert(review(StoreFixtures.mac(3), ReviewState.PENDING));
                // a decision about a MAC that is not (yet) a host is kept but not counted
                reviews.insert(review(StoreFixtures.mac(99), ReviewState.APPROVED));
                return null;
            });

            StoreSummary summary = store.summary();

            assertThat(summary.runs()).isEqualTo(3);
            assertThat(summary.hosts()).isEqualTo(new HostCounts(6, 3, 2, 1));
            assertThat(summary.lastRun()).contains(T0.plusSeconds(3700));
        }
    }

    @Test
    void mappersRoundTripEveryColumn() throws Exception {
        try (MyBatisStagingStore store = open(newStore())) {
            long runId = store.write(session -> {
                RunMapper runs = session.getMapper(RunMapper.class);
                GeneratedId id = new GeneratedId();
                runs.insertRun(T0, RunStatus.RUNNING, id);
                runs.insertSourceResult(new SourceResultRecord(id.value(), "routeros:core", SourceStatus.SUCCEEDED,
                        2, null));
                runs.insertSourceResult(new SourceResultRecord(id.value(), "proxmox:pve1", SourceStatus.FAILED,
                        0, "connection refused"));
                ObservationParts.insert(session.getConnection(), id.value(), "routeros:core", List.of(
                        new Observation("routeros:core", T0, MacAddress.of("aa:bb:cc:dd:ee:02"), List.of(),
                                Optional.empty()),
                        new Observation("routeros:core", T0, MacAddress.of("aa:bb:cc:dd:ee:01"), List.of("192.0.2.10"),
                                Optional.of("printer"), Optional.empty(), Map.of("lease", "bound"))));
                session.getMapper(HostMapper.class).insert(new HostRecord("aa:bb:cc:dd:ee:01", "printer",
                        List.of("192.0.2.10", "2001:db8::10"), T0, T0.plusSeconds(5)));
                session.getMapper(ReviewMapper.class).insert(new ReviewRecord("aa:bb:cc:dd:ee:01",
                        ReviewState.APPROVED, "iot", "printer-2f", "printer", "hq", "by the door", T0, "printers"));
                return id.value();
            });

            store.read(session -> {
                RunMapper runs = session.getMapper(RunMapper.class);
                assertThat(runs.findRun(runId)).contains(new RunRecord(runId, T0, null, RunStatus.RUNNING));
                assertThat(runs.findSourceResults(runId)).containsExactly(
                        new SourceResultRecord(runId, "proxmox:pve1", SourceStatus.FAILED, 0, "connection refused"),
                        new SourceResultRecord(runId, "routeros:core", SourceStatus.SUCCEEDED, 2, null));
                List<ObservationRecord> found = ObservationParts.ofRun(session.getConnection(), runId);
                assertThat(found).as("stored sorted by MAC").hasSize(2);
                assertThat(found.get(0)).isEqualTo(new ObservationRecord(1, runId, "routeros:core",
                        T0, "aa:bb:cc:dd:ee:01", "192.0.2.10", "printer", "{\"lease\":\"bound\"}", null));
                assertThat(found.get(1).ip()).isNull();
                assertThat(ObservationParts.ofMac(session.getConnection(), MacAddress.of("aa:bb:cc:dd:ee:01")))
                        .extracting(Observation::hostname).containsExactly(Optional.of("printer"));
                assertThat(ObservationParts.ofMac(session.getConnection(), MacAddress.of("aa:bb:cc:dd:ee:02")))
                        .hasSize(1);
                assertThat(ObservationParts.ofMac(session.getConnection(), MacAddress.of("aa:bb:cc:dd:ee:03")))
                        .isEmpty();
                assertThat(session.getMapper(ObservationMapper.class).countByRun(runId)).isEqualTo(2);
                assertThat(session.getMapper(HostMapper.class).find("aa:bb:cc:dd:ee:01")).contains(
                        new HostRecord("aa:bb:cc:dd:ee:01", "printer", List.of("192.0.2.10", "2001:db8::10"), T0,
                                T0.plusSeconds(5)));
                assertThat(session.getMapper(ReviewMapper.class).find("aa:bb:cc:dd:ee:01")).contains(
                        new ReviewRecord("aa:bb:cc:dd:ee:01", ReviewState.APPROVED, "iot", "printer-2f", "printer",
                                "hq", "by the door", T0, "printers"));
                assertThat(session.getMapper(ReviewMapper.class).find("aa:bb:cc:dd:ee:02")).isEmpty();
                return null;
            });
        }
    }

    @Test
    void updatesReplaceHostAndReviewRows() throws Exception {
        try (MyBatisStagingStore store = open(newStore())) {
            String mac = StoreFixtures.mac(7);
            store.write(session -> {
                session.getMapper(HostMapper.class).insert(host(mac));
                session.getMapper(ReviewMapper.class).insert(review(mac, ReviewState.PENDING));
                return null;
            });
            int updated = store.write(session -> session.getMapper(HostMapper.class).update(
                    new HostRecord(mac, "renamed", List.of(), T0, T0.plusSeconds(99)))
                    + session.getMapper(ReviewMapper.class).update(new ReviewRecord(mac, ReviewState.REJECTED,
                            null, null, null, null, "duplicate", T0.plusSeconds(99), null)));

            assertThat(updated).isEqualTo(2);
            HostRecord host = store.read(s -> s.getMapper(HostMapper.class).find(mac)).orElseThrow();
            assertThat(host.hostname()).isEqualTo("renamed");
            assertThat(host.ipAddresses()).isEmpty();
            assertThat(store.summary().hosts()).isEqualTo(new HostCounts(1, 0, 0, 1));
        }
    }

    @Test
    void failedWriteLeavesNothingBehind() throws Exception {
        try (MyBatisStagingStore store = open(newStore())) {
            assertThatThrownBy(() -> store.write(session -> {
                session.getMapper(RunMapper.class).insertRun(T0, RunStatus.RUNNING, new GeneratedId());
                throw new IllegalStateException("collector crashed");
            })).hasMessage("collector crashed");

            assertThat(store.summary().runs()).isZero();
        }
    }

    @Test
    void schemaRejectsValuesOutsideItsChecks() throws Exception {
        try (MyBatisStagingStore store = open(newStore())) {
            assertThatThrownBy(() -> store.write(session -> execute(session.getConnection(),
                    "INSERT INTO review (mac, state, updated_at) VALUES ('aa:bb:cc:dd:ee:ff', 'maybe', "
                            + "CURRENT_TIMESTAMP)")))
                    .hasMessageFindingMatch("(?i)review_state_ck");
            assertThatThrownBy(() -> store.write(session -> execute(session.getConnection(),
                    "INSERT INTO host (mac, first_seen, last_seen) VALUES ('AA:BB:CC:DD:EE:FF', "
                            + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")))
                    .hasMessageFindingMatch("(?i)host_mac_ck");
            long reviews = store.read(s -> s.getMapper(ReviewMapper.class).count());
            long hosts = store.read(s -> s.getMapper(HostMapper.class).count());
            assertThat(reviews).isZero();
            assertThat(hosts).isZero();
        }
    }

    @Test
    void reopeningKeepsData() throws Exception {
        StoreSettings settings = newStore();
        try (MyBatisStagingStore store = open(settings)) {
            StoreFixtures.writeCompleteRun(store, "scan", 100);
            store.write(session -> {
                session.getMapper(HostMapper.class).insert(host(StoreFixtures.mac(100)));
                return null;
            });
        }
        try (MyBatisStagingStore store = open(settings)) {
            assertThat(store.summary().runs()).isEqualTo(1);
            assertThat(store.summary().hosts().total()).isEqualTo(1);
            long observations = store.read(s -> s.getMapper(ObservationMapper.class).count());
            assertThat(observations).isEqualTo(StoreFixtures.OBSERVATIONS_PER_RUN);
        }
    }

    @Test
    void aDiscoveryRunRoundTripsHostsWithProvenanceAndChanges() throws Exception {
        try (MyBatisStagingStore store = open(newStore())) {
            Observation lease = new Observation("routeros:core", T0, MacAddress.of("BC-24-11-00-00-01"),
                    List.of("192.0.2.10", "2001:db8::10"), Optional.of("web"), Optional.empty(),
                    Map.of(Evidence.TABLE, "dhcp-leases", Evidence.STATUS, "bound"));
            Observation nic = new Observation("proxmox:pve", T0, MacAddress.of("bc:24:11:00:00:02"), List.of(),
                    Optional.of("web"), Optional.of("vm:7"), Map.of(Evidence.VMID, "7", Evidence.NIC, "net1"));
            Observation nic0 = new Observation("proxmox:pve", T0, MacAddress.of("bc:24:11:00:00:01"), List.of(),
                    Optional.of("web"), Optional.of("vm:7"), Map.of(Evidence.VMID, "7", Evidence.NIC, "net0"));
            long run = store.startRun(T0);
            store.saveSource(run, SourceOutcome.succeeded("routeros:core", 1), List.of(lease));
            store.saveSource(run, SourceOutcome.succeeded("proxmox:pve", 2), List.of(nic, nic0));
            store.saveSource(run, SourceOutcome.failed("proxmox:lab", "login refused"), List.of());
            Correlator correlator = new Correlator(List.of(SourceKind.ROUTEROS, SourceKind.PROXMOX));
            CorrelationResult result = correlator.correlate(List.of(lease, nic, nic0), store.hosts(),
                    Set.of("routeros:core", "proxmox:pve"));
            store.finishRun(run, T0.plusSeconds(3), RunStatus.PARTIAL, result);

            assertThat(store.hosts()).containsExactlyElementsOf(result.updated());
            Host host = store.hosts().getFirst();
            assertThat(host.macs()).hasSize(2);
            assertThat(host.ips().getFirst()).isEqualTo(new Sourced<>("192.0.2.10", "routeros:core", T0));
            assertThat(store.changes(run)).extracting(HostChange::kind).containsExactly(HostChange.Kind.NEW);
            RunSummary last = store.lastRun().orElseThrow();
            assertThat(last.status()).isEqualTo(RunStatus.PARTIAL);
            assertThat(last.newHosts()).isEqualTo(1);
            assertThat(last.sources()).extracting(SourceOutcome::source, SourceOutcome::error).containsExactly(
                    tuple("proxmox:lab", Optional.of("login refused")), tuple("proxmox:pve", Optional.empty()),
                    tuple("routeros:core", Optional.empty()));
            List<ObservationRecord> rows = store.read(s -> ObservationParts.ofRun(s.getConnection(), run));
            assertThat(rows).extracting(ObservationRecord::ip, ObservationRecord::groupKey)
                    .contains(tuple("192.0.2.10 2001:db8::10", null), tuple(null, "vm:7"));
            assertThat(store.summary().hosts().pending()).isEqualTo(1);

            long second = store.startRun(T0.plusSeconds(60));
            store.saveSource(second, SourceOutcome.succeeded("proxmox:lab", 0), List.of());
            store.finishRun(second, T0.plusSeconds(61), RunStatus.SUCCEEDED, correlator.correlate(List.of(),
                    store.hosts(), Set.of("proxmox:lab")));
            assertThat(store.lastReadPerSource()).extracting(r -> r.outcome().source(), r -> r.outcome().status(),
                    SourceLastRead::runId, SourceLastRead::at).containsExactly(
                    tuple("proxmox:lab", SourceStatus.SUCCEEDED, second, T0.plusSeconds(61)),
                    tuple("proxmox:pve", SourceStatus.SUCCEEDED, run, T0.plusSeconds(3)),
                    tuple("routeros:core", SourceStatus.SUCCEEDED, run, T0.plusSeconds(3)));
        }
    }

    @Test
    void runsOfThousandsOfHostsStoreEachHostObservationAndChangeOnce() throws Exception {
        try (MyBatisStagingStore store = open(newStore())) {
            Correlator correlator = proxmoxFirst();
            int count = 5_000;
            List<Observation> first = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                first.add(lease(MacAddress.of(StoreFixtures.mac(i)), "10.1." + (i / 250) + "." + (i % 250 + 1), T0));
            }
            CorrelationResult created = run(store, correlator, T0, Map.of("routeros:core", first));
            assertThat(store.hosts()).hasSize(count).containsExactlyElementsOf(created.updated());
            assertThat(store.<Long>read(s -> s.getMapper(ObservationMapper.class).count())).isEqualTo(count);
            assertThat(store.lastRun().orElseThrow().newHosts()).isEqualTo(count);
            assertThat(store.changes(store.lastRun().orElseThrow().id())).hasSize(count);

            Instant t1 = T0.plusSeconds(300);
            List<Observation> second = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                String ip = i % 1000 == 999 ? "10.9.0." + (i / 1000 + 1) : "10.1." + (i / 250) + "." + (i % 250 + 1);
                second.add(lease(MacAddress.of(StoreFixtures.mac(i)), ip, t1));
            }
            CorrelationResult moved = run(store, correlator, t1, Map.of("routeros:core", second));
            assertThat(moved.changes()).hasSize(5);
            assertThat(store.hosts()).containsExactlyElementsOf(moved.updated());
            assertThat(store.<Long>read(s -> s.getMapper(ObservationMapper.class).count()))
                    .as("only the five moved hosts' leases are stored again").isEqualTo(count + 5);
            assertThat(store.observationsOf(MacAddress.of(StoreFixtures.mac(1999))))
                    .extracting(Observation::ips).containsExactly(List.of("10.1.7.250"), List.of("10.9.0.2"));
        }
    }

    @Test
    void aRunWritesOnlyTheHostsAndObservationsThatChangedAndHostsReadBackWithTheirNewTimes() throws Exception {
        try (MyBatisStagingStore store = open(newStore())) {
            Correlator correlator = proxmoxFirst();
            MacAddress vm = VM;
            MacAddress printer = PRINTER;
            Instant t1 = T0.plusSeconds(300);
            Instant t2 = T0.plusSeconds(600);
            Instant t3 = T0.plusSeconds(900);
            Instant t4 = T0.plusSeconds(1200);

            run(store, correlator, T0, Map.of("routeros:core", List.of(lease(vm, "10.0.0.5", T0),
                    lease(printer, "10.0.0.9", T0)), "proxmox:pve", List.of(nic(vm, T0))));
            long observations = store.read(s -> s.getMapper(ObservationMapper.class).count());
            assertThat(observations).isEqualTo(3);

            CorrelationResult steady = run(store, correlator, t1, Map.of("routeros:core",
                    List.of(lease(vm, "10.0.0.5", t1), lease(printer, "10.0.0.9", t1)), "proxmox:pve",
                    List.of(nic(vm, t1))));
            assertThat(steady.changes()).isEmpty();
            assertThat(store.hosts()).containsExactlyInAnyOrderElementsOf(steady.updated());
            assertThat(store.hosts()).extracting(Host::lastSeen).containsOnly(t1);
            assertThat(writtenAt(store, vm)).as("the row of a host seen again unchanged is not rewritten")
                    .isEqualTo(T0);
            long after = store.read(s -> s.getMapper(ObservationMapper.class).count());
            assertThat(after).as("observations of a steady run").isEqualTo(observations);

            CorrelationResult routerOnly = run(store, correlator, t2, Map.of("routeros:core",
                    List.of(lease(vm, "10.0.0.5", t2), lease(printer, "10.0.0.9", t2))));
            assertThat(store.hosts()).containsExactlyInAnyOrderElementsOf(routerOnly.updated());
            Host host = store.hosts().stream().filter(h -> h.mac().equals(vm)).findFirst().orElseThrow();
            assertThat(host.lastSeen()).isEqualTo(t2);
            assertThat(host.hostname()).as("the name from the source not read keeps its time")
                    .contains(new Sourced<>("web", "proxmox:pve", t1));

            CorrelationResult moved = run(store, correlator, t3, Map.of("routeros:core",
                    List.of(lease(vm, "10.0.0.6", t3))));
            assertThat(moved.changes()).extracting(HostChange::kind)
                    .containsExactlyInAnyOrder(HostChange.Kind.CHANGED, HostChange.Kind.GONE);
            assertThat(store.hosts()).containsExactlyInAnyOrderElementsOf(moved.updated());
            assertThat(writtenAt(store, vm)).isEqualTo(t3);

            run(store, correlator, t4, Map.of("routeros:core", List.of(lease(vm, "10.0.0.6", t4),
                    lease(printer, "10.0.0.9", t4))));
            assertThat(store.observationsOf(printer)).as("first seen, then back after a read without it")
                    .extracting(Observation::observedAt).containsExactly(T0, t4);
            assertThat(store.observationsOf(vm)).extracting(Observation::source, Observation::observedAt)
                    .containsExactly(tuple("proxmox:pve", T0), tuple("routeros:core", T0),
                            tuple("routeros:core", t3));
        }
    }

    @Test
    void aRunClosesOnTheHostsItReadUnlessAnotherRunWroteOrReadMeanwhile() throws Exception {
        try (MyBatisStagingStore store = open(newStore())) {
            Correlator correlator = new Correlator(List.of(SourceKind.PROXMOX, SourceKind.ROUTEROS));
            MacAddress vm = MacAddress.of("bc:24:11:00:00:01");
            run(store, correlator, T0, Map.of("routeros:core", List.of(lease(vm, "10.0.0.5", T0))));

            Instant t1 = T0.plusSeconds(300);
            List<Observation> seenAgain = List.of(lease(vm, "10.0.0.5", t1));
            StagingStore.StoredHosts base = store.storedHosts();
            long quiet = store.startRun(t1);
            store.saveSource(quiet, SourceOutcome.succeeded("routeros:core", 1), seenAgain);
            CorrelationResult onBase = correlator.correlate(seenAgain, base.hosts(), Set.of("routeros:core"));
            List<List<Host>> mergedAgain = new java.util.ArrayList<>();
            StagingStore.FinishedRun closed = store.finishRun(quiet, t1.plusSeconds(1), RunStatus.SUCCEEDED, base,
                    onBase, stored -> {
                        mergedAgain.add(stored);
                        return correlator.correlate(seenAgain, stored, Set.of("routeros:core"));
                    });
            assertThat(mergedAgain).as("nobody wrote meanwhile: the run's own merge is written").isEmpty();
            assertThat(closed.result()).isSameAs(onBase);

            Instant t2 = T0.plusSeconds(600);
            List<Observation> mine = List.of(lease(vm, "10.0.0.5", t2));
            StagingStore.StoredHosts read = store.storedHosts();
            long slow = store.startRun(t2);
            store.saveSource(slow, SourceOutcome.succeeded("routeros:core", 1), mine);
            run(store, correlator, t2.plusSeconds(5), Map.of("proxmox:pve", List.of(nic(vm, t2.plusSeconds(5)))));
            CorrelationResult stale = correlator.correlate(mine, read.hosts(), Set.of("routeros:core"));
            closed = store.finishRun(slow, t2.plusSeconds(9), RunStatus.SUCCEEDED, read, stale,
                    stored -> {
                        mergedAgain.add(stored);
                        return correlator.correlate(mine, stored, Set.of("routeros:core"));
                    });
            assertThat(mergedAgain).as("another run wrote the host meanwhile").hasSize(1);
            assertThat(store.hosts().getFirst().sources()).as("what the other run found is kept")
                    .containsExactlyInAnyOrder("routeros:core", "proxmox:pve");

            Instant t3 = T0.plusSeconds(900);
            List<Observation> third = List.of(lease(vm, "10.0.0.5", t3));
            read = store.storedHosts();
            long reader = store.startRun(t3);
            store.saveSource(reader, SourceOutcome.succeeded("routeros:core", 1), third);
            long other = store.startRun(t3.plusSeconds(1));
            store.saveSource(other, SourceOutcome.succeeded("proxmox:lab", 0), List.of());
            store.finishRun(other, t3.plusSeconds(2), RunStatus.SUCCEEDED, correlator.correlate(List.of(),
                    store.hosts(), Set.of("proxmox:lab")));
            store.finishRun(reader, t3.plusSeconds(3), RunStatus.SUCCEEDED, read,
                    correlator.correlate(third, read.hosts(), Set.of("routeros:core")), stored -> {
                        mergedAgain.add(stored);
                        return correlator.correlate(third, stored, Set.of("routeros:core"));
                    });
            assertThat(mergedAgain).as("another run finished a read meanwhile, though it wrote no host").hasSize(2);
        }
    }

    @Test
    void hostsARunLeavesAloneReadBackAsItMergedThem() throws Exception {
        try (MyBatisStagingStore store = open(newStore())) {
            Correlator correlator = proxmoxFirst();
            MacAddress vm = VM;
            MacAddress printer = PRINTER;
            MacAddress phone = MacAddress.of("00:50:56:00:00:03");
            List<Instant> at = java.util.stream.IntStream.range(0, 6).mapToObj(i -> T0.plusSeconds(300L * i)).toList();
            runOnWhatItRead(store, correlator, at.get(0), Map.of("routeros:core", List.of(lease(vm, "10.0.0.5",
                    at.get(0)), lease(printer, "10.0.0.9", at.get(0)), lease(phone, "10.0.0.7", at.get(0))),
                    "proxmox:pve", List.of(nic(vm, at.get(0)))));
            // seen again unchanged by both; then by the router only (the VM's name keeps the hypervisor's time);
            // then the printer moves and the phone is not seen; then the hypervisor alone; then both again
            runOnWhatItRead(store, correlator, at.get(1), Map.of("routeros:core", List.of(lease(vm, "10.0.0.5",
                    at.get(1)), lease(printer, "10.0.0.9", at.get(1)), lease(phone, "10.0.0.7", at.get(1))),
                    "proxmox:pve", List.of(nic(vm, at.get(1)))));
            assertThat(writtenAt(store, vm)).as("a host seen again unchanged is not rewritten").isEqualTo(at.get(0));
            runOnWhatItRead(store, correlator, at.get(2), Map.of("routeros:core", List.of(lease(vm, "10.0.0.5",
                    at.get(2)), lease(printer, "10.0.0.9", at.get(2)), lease(phone, "10.0.0.7", at.get(2)))));
            runOnWhatItRead(store, correlator, at.get(3), Map.of("routeros:core", List.of(lease(vm, "10.0.0.5",
                    at.get(3)), lease(printer, "10.0.0.10", at.get(3)))));
            runOnWhatItRead(store, correlator, at.get(4), Map.of("proxmox:pve", List.of(nic(vm, at.get(4)))));
            runOnWhatItRead(store, correlator, at.get(5), Map.of("routeros:core", List.of(lease(vm, "10.0.0.5",
                    at.get(5)), lease(printer, "10.0.0.10", at.get(5))), "proxmox:pve", List.of(nic(vm, at.get(5)))));
            assertThat(store.hosts()).filteredOn(h -> h.mac().equals(printer)).singleElement()
                    .satisfies(h -> assertThat(h.ipValues()).containsExactly("10.0.0.10"));
        }
    }

    /** One run as discover makes it: hosts read first, outcomes, observations beside the close on what it read. */
    private static void runOnWhatItRead(MyBatisStagingStore store, Correlator correlator, Instant at,
            Map<String, List<Observation>> bySource) {
        StagingStore.StoredHosts base = store.storedHosts();
        long run = store.startRun(at);
        List<Observation> all = new java.util.ArrayList<>();
        new java.util.TreeMap<>(bySource).forEach((source, observations) -> {
            SourceOutcome outcome = SourceOutcome.succeeded(source, observations.size());
            store.recordSource(run, outcome);
            store.saveObservations(run, outcome, observations);
            all.addAll(observations);
        });
        CorrelationResult merged = correlator.correlate(all, base.hosts(), bySource.keySet());
        StagingStore.FinishedRun finished = store.finishRun(run, at.plusSeconds(2), RunStatus.SUCCEEDED, base, merged,
                stored -> correlator.correlate(all, stored, bySource.keySet()));
        assertThat(finished.result()).isSameAs(merged);
        assertThat(store.hosts()).as("the hosts read back as the run at %s merged them", at)
                .containsAll(merged.updated());
    }

    private static final MacAddress VM = MacAddress.of("bc:24:11:00:00:01");
    private static final MacAddress PRINTER = MacAddress.of("00:50:56:00:00:02");

    private static Correlator proxmoxFirst() {
        return new Correlator(List.of(SourceKind.PROXMOX, SourceKind.ROUTEROS));
    }

    /** One run as discovery makes it: each source's observations stored, then correlated against the stored hosts. */
    private static CorrelationResult run(MyBatisStagingStore store, Correlator correlator, Instant at,
            Map<String, List<Observation>> bySource) {
        long run = store.startRun(at);
        List<Observation> all = new java.util.ArrayList<>();
        new java.util.TreeMap<>(bySource).forEach((source, observations) -> {
            store.saveSource(run, SourceOutcome.succeeded(source, observations.size()), observations);
            all.addAll(observations);
        });
        CorrelationResult result = correlator.correlate(all, store.hosts(), bySource.keySet());
        long hosts = store.finishRun(run, at.plusSeconds(2), RunStatus.SUCCEEDED, result);
        assertThat(hosts).isEqualTo(store.hosts().size());
        return result;
    }

    private static Observation lease(MacAddress mac, String ip, Instant at) {
        return new Observation("routeros:core", at, mac, List.of(ip), Optional.of("host-" + ip), Optional.empty(),
                Map.of(Evidence.TABLE, "dhcp-leases", Evidence.STATUS, "bound"));
    }

    private static Observation nic(MacAddress mac, Instant at) {
        return new Observation("proxmox:pve", at, mac, List.of(), Optional.of("web"), Optional.of("vm:7"),
                Map.of(Evidence.VMID, "7", Evidence.NIC, "net0"));
    }

    /** When the host's row was last written. */
    private static Instant writtenAt(MyBatisStagingStore store, MacAddress mac) {
        return store.read(s -> s.getMapper(HostMapper.class).find(mac.toString())).orElseThrow().lastSeen();
    }

    static HostRecord host(String mac) {
        return new HostRecord(mac, null, List.of("192.0.2.1"), T0, T0.plus(1, ChronoUnit.HOURS));
    }

    static ReviewRecord review(String mac, ReviewState state) {
        return new ReviewRecord(mac, state, null, null, null, null, null, T0, null);
    }

    private static Object execute(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Test
    void thePushJournalKeepsEachActionAndTellsAnInterruptedPushFromAFinishedOne() throws Exception {
        try (MyBatisStagingStore store = open(newStore())) {
            assertThat(store.lastPush()).isEmpty();
            List<org.netboxauto.service.JournalEntry> planned = List.of(
                    entry(0, "device:02:00:00:00:00:01", "create device web01"),
                    entry(1, "ip:10.0.0.5", "create IP 10.0.0.5/24 on web01 eth0"),
                    entry(2, "dns:dns.unbound:+ A web01.lan 10.0.0.5", "+ A web01.lan 10.0.0.5"));
            long first = store.startPush(T0, "https://netbox.example.com/", planned);
            store.recordPush(first, List.of(org.netboxauto.core.push.ActionOutcome.ok("device:02:00:00:00:00:01",
                    Optional.of(41L))), T0.plusSeconds(1));

            org.netboxauto.service.PushSummary interrupted = store.lastPush().orElseThrow();
            assertThat(interrupted.finished()).isEmpty();
            assertThat(interrupted.ok()).isEqualTo(1);
            assertThat(interrupted.unfinished()).isEqualTo(2);

            store.recordPush(first, List.of(
                    org.netboxauto.core.push.ActionOutcome.failed("ip:10.0.0.5", "NetBox refused it: address: Duplicate"),
                    org.netboxauto.core.push.ActionOutcome.skipped("dns:dns.unbound:+ A web01.lan 10.0.0.5", "not sent")),
                    T0.plusSeconds(2));
            store.finishPush(first, T0.plusSeconds(3));
            org.netboxauto.service.PushSummary finished = store.lastPush().orElseThrow();
            assertThat(finished.finished()).hasValue(T0.plusSeconds(3));
            assertThat(List.of(finished.ok(), finished.failed(), finished.skipped(), finished.unfinished()))
                    .containsExactly(1, 1, 1, 0);
            assertThat(store.pushActions(first)).extracting(org.netboxauto.service.JournalEntry::netboxId,
                    org.netboxauto.service.JournalEntry::message).containsExactly(tuple(Optional.of(41L), Optional.empty()),
                    tuple(Optional.empty(), Optional.of("NetBox refused it: address: Duplicate")),
                    tuple(Optional.empty(), Optional.of("not sent")));

            long second = store.startPush(T0.plusSeconds(60), "https://netbox.example.com/", planned);
            assertThat(store.lastPush().orElseThrow().id()).isEqualTo(second).isGreaterThan(first);
        }
    }

    private static org.netboxauto.service.JournalEntry entry(int seq, String key, String summary) {
        return new org.netboxauto.service.JournalEntry(seq, key, summary,
                org.netboxauto.core.push.ActionOutcome.State.PLANNED, Optional.empty(), Optional.empty(), "name: web01");
    }
}
