package org.netboxauto.discovery.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netboxauto.config.SnmpSource.PerVlan;
import org.netboxauto.config.SnmpSource.Version;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Observation;
import org.netboxauto.core.location.LocationEvidence;
import org.netboxauto.core.location.PortLocator;

/**
 * Each real recording served by snmpsimd, read by the collector and located on its own: every
 * forwarding row lands where the independent fixture says (located, uplink, port 0, no ifIndex),
 * and the ARP rows are the fixture's.
 */
class SnmpRecordingsTest {

    private static SnmpSim sim;

    @BeforeAll
    static void startSimulator() throws Exception {
        // VLAN 1 of a Catalyst is what its plain community shows, so community@1 serves the same recording
        sim = SnmpSim.start("recordings", List.<String[]>of(new String[] {"ios_2960x@1", "ios_2960x"}));
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        if (sim != null) {
            sim.close();
        }
    }

    static Stream<String> recordings() throws Exception {
        return SnmpSim.recordingNames().stream();
    }

    @ParameterizedTest
    @MethodSource("recordings")
    void everyForwardingRowIsPlacedAndEveryArpRowReadAsTheFixtureSays(String recording) throws Exception {
        TestContext context = new TestContext();
        List<Observation> raw = collect(recording, context);
        List<Observation> located = new PortLocator(8).locate(raw);

        Set<String> expected = ExpectedLocations.of(recording);
        assertThat(ExpectedLocations.actual(raw, located)).containsExactlyElementsOf(expected);
        assertThat(located).allSatisfy(o -> assertThat(o.source()).isEqualTo("snmp:" + recording));
        assertThat(raw.stream().filter(o -> LocationEvidence.TABLE_ARP.equals(o.evidence().get(Evidence.TABLE)))
                .map(o -> (o.ips().isEmpty() ? o.evidence().getOrDefault(Evidence.LINK_LOCAL, "")
                        : String.join(",", o.ips())) + " " + o.mac()).collect(Collectors.toSet()))
                .isEqualTo(ExpectedLocations.arp(recording));
    }

    private static List<Observation> collect(String recording, TestContext context) throws Exception {
        return new SnmpCollector(SnmpSources.community(recording, Version.V2C, recording, sim.port(), 25, PerVlan.OFF),
                "sources.snmp[0]", new Semaphore(1)).collect(context);
    }
}
