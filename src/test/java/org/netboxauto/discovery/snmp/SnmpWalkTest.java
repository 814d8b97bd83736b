package org.netboxauto.discovery.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.SnmpSource;
import org.netboxauto.config.SnmpSource.PerVlan;
import org.netboxauto.config.SnmpSource.Version;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Observation;
import org.netboxauto.core.location.LocationEvidence;
import org.snmp4j.smi.VariableBinding;

/** Walks that must adapt: a path that drops big replies, Cisco per-VLAN tables, a cancelled read. */
class SnmpWalkTest {

    /** The Catalyst recording under a community without a per-VLAN instance: community@1 goes unanswered. */
    private static final String PLAIN_CATALYST = "c2960-unindexed";
    private static SnmpSim sim;

    @BeforeAll
    static void startSimulator() throws Exception {
        // VLAN 1 of a Catalyst is what its plain community shows, so community@1 serves the same recording
        sim = SnmpSim.start("walk", List.of(new String[] {"ios_2960x@1", "ios_2960x"},
                new String[] {PLAIN_CATALYST, "ios_2960x"}));
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void aSwitchThatDropsBigRepliesIsAskedInSmallerBatchesAndReadCompletely() throws Exception {
        SnmpSource direct = SnmpSources.community("sw", Version.V2C, "procurve", sim.port(), 60, PerVlan.OFF);
        List<VariableBinding> expected = walk(direct);
        try (DroppingRelay relay = new DroppingRelay(sim.port(), 1_200)) {
            SnmpSource viaRelay = SnmpSources.community("sw", Version.V2C, "procurve", relay.port(), 60, PerVlan.OFF);
            SnmpTarget target = new SnmpTarget("snmp:sw", "sources.snmp[0]", "127.0.0.1", relay.port());
            try (Snmp4jClient client = Snmp4jClient.open(viaRelay, target)) {
                assertThat(client.walk(SnmpOids.DOT1Q_FDB_PORT)).isEqualTo(expected);
                assertThat(client.maxRepetitions()).isLessThan(60).isGreaterThanOrEqualTo(1);
            }
            assertThat(relay.dropped()).isPositive();
            Set<String> viaCollector = rows(new SnmpCollector(viaRelay, "sources.snmp[0]", new Semaphore(1))
                    .collect(new TestContext()));
            assertThat(viaCollector).isEqualTo(rows(new SnmpCollector(direct, "sources.snmp[0]", new Semaphore(1))
                    .collect(new TestContext())));
        }
        assertThat(expected).hasSize(1075);
    }

    @Test
    void ciscoPerVlanTablesGiveTheirRowsTheVlanAndAnUnansweredVlanEndsTheRound() throws Exception {
        SnmpSource source = SnmpSources.community("c2960", Version.V2C, "ios_2960x", sim.port(), 25, PerVlan.ON);
        List<Observation> observations = new SnmpCollector(source, "sources.snmp[0]", new Semaphore(1))
                .collect(new TestContext());
        List<Observation> fdb = observations.stream()
                .filter(o -> LocationEvidence.TABLE_FDB.equals(o.evidence().get(Evidence.TABLE))).toList();
        assertThat(fdb).hasSize(29).allSatisfy(o -> assertThat(o.evidence()).containsEntry(Evidence.VLAN, "1"));

        SnmpSource off = SnmpSources.community("c2960", Version.V2C, "ios_2960x", sim.port(), 25, PerVlan.OFF);
        assertThat(new SnmpCollector(off, "sources.snmp[0]", new Semaphore(1)).collect(new TestContext()))
                .filteredOn(o -> LocationEvidence.TABLE_FDB.equals(o.evidence().get(Evidence.TABLE)))
                .hasSize(29).allSatisfy(o -> assertThat(o.evidence()).doesNotContainKey(Evidence.VLAN));
    }

    @Test
    void aSwitchThatIgnoresCommunityAtVlanIsNotIndexedAfterOneShortTryAndTheReadGoesOn() throws Exception {
        SnmpSource source = SnmpSources.community("c2960", Version.V2C, PLAIN_CATALYST, sim.port(), 25, PerVlan.AUTO);
        TestContext context = new TestContext();
        long start = System.nanoTime();
        List<Observation> observations = new SnmpCollector(source, "sources.snmp[0]", new Semaphore(1))
                .collect(context);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(observations).filteredOn(o -> LocationEvidence.TABLE_FDB.equals(o.evidence().get(Evidence.TABLE)))
                .hasSize(29).allSatisfy(o -> assertThat(o.evidence()).doesNotContainKey(Evidence.VLAN));
        assertThat(context.progressLines()).anyMatch(l -> l.contains("not indexed")
                && l.contains("community@1") && !l.contains(PLAIN_CATALYST));
        // a walk of community@1 waited (retries + 1) x timeout twice: 6 s here; one short try is under one timeout
        assertThat(millis).isLessThan(source.timeout().toMillis());
    }

    @Test
    void aPerVlanProbeWaitsFourTimesTheSlowestAnswerAtLeastAQuarterSecondAtMostTheTimeout() throws Exception {
        SnmpSource source = SnmpSources.community("c2960", Version.V2C, PLAIN_CATALYST, sim.port(), 25, PerVlan.AUTO);
        SnmpTarget target = new SnmpTarget("snmp:c2960", "sources.snmp[0]", "127.0.0.1", source.port());
        try (Snmp4jClient client = Snmp4jClient.open(source, target)) {
            client.walk(SnmpOids.SYS_NAME);
            long wait = client.probeMillis();
            assertThat(wait).isBetween(250L, source.timeout().toMillis());
            long start = System.nanoTime();
            assertThat(client.answers(1)).isFalse();
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(wait - 50, wait + 500);
        }
        SnmpSource answering = SnmpSources.community("c2960", Version.V2C, "ios_2960x", sim.port(), 25, PerVlan.AUTO);
        try (Snmp4jClient client = Snmp4jClient.open(answering, target)) {
            assertThat(client.answers(1)).isTrue();
            assertThat(client.answers(99)).isFalse();
        }
    }

    @Test
    void cancellingEndsABlockedReadAtOnce() throws Exception {
        // a community nobody answers: the read waits for replies that never come
        SnmpSource silent = new SnmpSource("sw", "127.0.0.1", sim.port(), Version.V2C,
                Optional.of(new org.netboxauto.config.Secret("nobody-answers")), Optional.empty(),
                SnmpSource.AuthProtocol.SHA_256, Optional.empty(), SnmpSource.PrivProtocol.AES, Optional.empty(),
                java.time.Duration.ofSeconds(30), 3, 25, PerVlan.OFF, "");
        TestContext context = new TestContext();
        Thread[] worker = new Thread[1];
        Throwable[] outcome = new Throwable[1];
        worker[0] = Thread.ofVirtual().start(() -> {
            try {
                new SnmpCollector(silent, "sources.snmp[0]", new Semaphore(1)).collect(context);
            } catch (Throwable t) {
                outcome[0] = t;
            }
        });
        Thread.sleep(500);
        long start = System.nanoTime();
        context.cancel(worker[0]);
        worker[0].join(5_000);
        assertThat(worker[0].isAlive()).isFalse();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
        assertThat(outcome[0]).isInstanceOf(InterruptedException.class);
    }

    private static List<VariableBinding> walk(SnmpSource source) throws Exception {
        SnmpTarget target = new SnmpTarget("snmp:sw", "sources.snmp[0]", "127.0.0.1", source.port());
        try (Snmp4jClient client = Snmp4jClient.open(source, target)) {
            return client.walk(SnmpOids.DOT1Q_FDB_PORT);
        }
    }

    private static Set<String> rows(List<Observation> observations) {
        return observations.stream().map(o -> o.mac() + " " + o.ips() + " " + o.sortedEvidence())
                .collect(Collectors.toSet());
    }
}
