package org.netboxauto.discovery.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.SnmpSource.PerVlan;
import org.netboxauto.config.SnmpSource.Version;
import org.netboxauto.core.Correlator;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostFlag;
import org.netboxauto.core.IpPushPolicy;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.SourceKind;
import org.netboxauto.core.location.LocationEvidence;

/**
 * snmpsimd serving a recording with IPv6 neighbour rows (plain and zoned) and IPv6 LLDP management addresses:
 * every address reaches the host of its MAC, link-local ones as evidence, in RFC 5952 text. Beside it, what a real
 * net-snmp agent answered in a namespace lab (link-local neighbours as plain ipv6 rows, no zone).
 */
class SnmpIpv6Test {

    private static final String COMMUNITY = "ipv6-lab";
    private static final String SNMPD_COMMUNITY = "snmpd-lab";
    private static final MacAddress LAPTOP = MacAddress.of("74:83:c2:36:5a:6e");
    private static final MacAddress SERVER = MacAddress.of("00:50:56:88:80:ee");
    private static final MacAddress AP = MacAddress.of("24:a4:3c:11:22:33");

    private static SnmpSim sim;
    private static List<Observation> observations;
    private static List<Observation> fromSnmpd;

    @BeforeAll
    static void collect() throws Exception {
        sim = SnmpSim.start("ipv6", List.<String[]>of(new String[] {COMMUNITY, "/snmp-ipv6/ipv6-lab.snmprec"},
                new String[] {SNMPD_COMMUNITY, "/snmp-ipv6/snmpd-lab.snmprec"}));
        observations = new SnmpCollector(SnmpSources.community("lab-sw1", Version.V2C, COMMUNITY, sim.port(), 25,
                PerVlan.OFF), "sources.snmp[0]", new Semaphore(1)).collect(new TestContext());
        fromSnmpd = new SnmpCollector(SnmpSources.community("lab-router", Version.V2C, SNMPD_COMMUNITY, sim.port(), 25,
                PerVlan.AUTO), "sources.snmp[1]", new Semaphore(1)).collect(new TestContext());
    }

    @AfterAll
    static void stop() throws Exception {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void ipv6NeighbourRowsReachTheirMacInRfc5952TextAndLinkLocalOnesAsEvidence() {
        List<Observation> arp = table(LocationEvidence.TABLE_ARP);
        assertThat(arp.stream().filter(o -> o.mac().equals(LAPTOP)).flatMap(o -> o.ips().stream()))
                .containsExactlyInAnyOrder("10.0.0.7", "2001:db8:10:0:7683:c2ff:fe36:5a6e",
                        "2001:db8:10:0:3d1a:94c2:7b0e:51f6");
        assertThat(arp.stream().filter(o -> o.mac().equals(SERVER)).flatMap(o -> o.ips().stream()))
                .containsExactlyInAnyOrder("10.0.0.5", "fd00:10::1:5");
        assertThat(arp).filteredOn(o -> o.ips().isEmpty()).extracting(o -> o.evidence().get(Evidence.LINK_LOCAL))
                .containsExactlyInAnyOrder("fe80::7683:c2ff:fe36:5a6e", "fe80::250:56ff:fe88:80ee");
        assertThat(arp).allSatisfy(o -> assertThat(o.evidence()).containsEntry(Evidence.INTERFACE, "br0"));
    }

    @Test
    void netSnmpsLinkLocalRowsOfTypeIpv6WithoutZoneAreEvidenceAndItsUlaRowsAddresses() {
        Map<String, String> ips = new TreeMap<>();
        Map<String, String> linkLocal = new TreeMap<>();
        fromSnmpd.forEach(o -> {
            o.ips().forEach(ip -> ips.put(ip, o.mac().toString()));
            Optional.ofNullable(o.evidence().get(Evidence.LINK_LOCAL))
                    .ifPresent(ll -> linkLocal.put(ll, o.mac().toString()));
        });

        assertThat(ips).containsOnly(entry("10.238.251.1", "82:6a:68:5e:31:a2"),
                entry("10.239.251.10", "02:5c:00:00:06:00"), entry("10.239.251.11", "02:5c:00:00:06:01"),
                entry("10.239.251.12", "02:5c:00:00:06:02"), entry("fd00:e8:1::b:10", "02:5c:00:00:06:00"),
                entry("fd00:e8:1::b:11", "02:5c:00:00:06:01"), entry("fd00:e8:1::b:12", "02:5c:00:00:06:02"),
                entry("fd00:e8:1::c:1", "02:5c:00:00:06:00"));
        assertThat(linkLocal).containsOnly(entry("fe80::5c:ff:fe00:600", "02:5c:00:00:06:00"),
                entry("fe80::5c:ff:fe00:601", "02:5c:00:00:06:01"), entry("fe80::5c:ff:fe00:602", "02:5c:00:00:06:02"));
        assertThat(fromSnmpd).filteredOn(o -> o.mac().toString().startsWith("02:5c"))
                .allSatisfy(o -> assertThat(o.evidence()).containsEntry(Evidence.INTERFACE, "br0"));
    }

    @Test
    void lldpManagementAddressesOfBothFamiliesAreEvidenceOfTheNeighboursChassisMac() {
        List<Observation> lldp = table(SnmpObservations.TABLE_LLDP);
        assertThat(lldp).as("core-1 names no MAC: its address is left out").singleElement().satisfies(o -> {
            assertThat(o.mac()).isEqualTo(AP);
            assertThat(o.hostname()).contains("ap-hall");
            assertThat(o.ips()).isEmpty();
            assertThat(o.evidence()).containsEntry(Evidence.INTERFACE, "eth1")
                    .containsEntry(SnmpObservations.MANAGEMENT_IPS, "10.0.0.2, 2001:db8:10::2");
        });
    }

    @Test
    void theHostCarriesEveryAddressAndItsPrivacyAddressIsFlaggedNotPushed() {
        List<Host> hosts = new Correlator(List.of(SourceKind.SNMP)).correlate(observations, List.of(),
                Set.of("snmp:lab-sw1")).updated();
        Host laptop = hosts.stream().filter(h -> h.mac().equals(LAPTOP)).findFirst().orElseThrow();

        assertThat(laptop.ipValues()).containsExactly("10.0.0.7", "2001:db8:10:0:3d1a:94c2:7b0e:51f6",
                "2001:db8:10:0:7683:c2ff:fe36:5a6e");
        assertThat(laptop.has(HostFlag.TEMPORARY_IPV6)).isTrue();
        assertThat(IpPushPolicy.pushed(laptop)).containsExactly("10.0.0.7",
                "2001:db8:10:0:7683:c2ff:fe36:5a6e");
        assertThat(laptop.evidence().get("snmp:lab-sw1")).containsEntry(Evidence.LINK_LOCAL,
                "fe80::7683:c2ff:fe36:5a6e");
        Host ap = hosts.stream().filter(h -> h.mac().equals(AP)).findFirst().orElseThrow();
        assertThat(ap.hostnameValue()).contains("ap-hall");
        assertThat(ap.evidence().get("snmp:lab-sw1")).containsEntry(SnmpObservations.MANAGEMENT_IPS,
                "10.0.0.2, 2001:db8:10::2");
    }

    private static List<Observation> table(String table) {
        return observations.stream().filter(o -> table.equals(o.evidence().get(Evidence.TABLE))).toList();
    }
}
