package org.netboxauto.discovery.routeros;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;

/** What the fixtures under src/test/resources/routeros/ must turn into, whatever the transport. */
final class ExpectedRows {

    private ExpectedRows() {
    }

    static void assertFixtureObservations(List<Observation> all) {
        assertThat(all).allSatisfy(o -> {
            assertThat(o.source()).isEqualTo("routeros:core-router");
            assertThat(o.observedAt()).isEqualTo(TestContext.NOW);
        });
        List<Observation> leases = table(all, "dhcp-leases");
        List<Observation> arp = table(all, "arp");
        List<Observation> bridge = table(all, "bridge-hosts");
        // 8 leases: one without a MAC, one with an all-zero MAC; 6 ARP rows: two incomplete; 4 bridge rows: one local
        assertThat(leases).hasSize(6);
        assertThat(arp).hasSize(4);
        assertThat(bridge).hasSize(3);

        Observation unifi = byMac(leases, "74:83:c2:36:5a:6e");
        assertThat(unifi.ips()).containsExactly("10.164.1.199");
        assertThat(unifi.hostname()).contains("Unifi3B");
        assertThat(unifi.evidence()).containsExactlyInAnyOrderEntriesOf(Map.of(Evidence.TABLE, "dhcp-leases",
                Evidence.STATUS, "bound", Evidence.COMMENT, "UniFi1"));

        Observation reservation = byMac(leases, "12:34:56:78:90:aa");
        assertThat(reservation.ips()).containsExactly("192.168.62.254");
        assertThat(reservation.hostname()).isEmpty();
        assertThat(reservation.evidence()).containsEntry(Evidence.STATUS, "waiting")
                .doesNotContainKey(Evidence.COMMENT);

        assertThat(byMac(leases, "aa:c1:ab:e3:f5:e8").hostname()).contains("Łukasz-PC");
        assertThat(byMac(leases, "de:6e:70:c0:cc:b2").hostname()).contains("Äèìà-PC");

        Observation router = byMac(arp, "12:34:56:78:90:ab");
        assertThat(router.ips()).containsExactly("10.152.1.230");
        assertThat(router.hostname()).isEmpty();
        assertThat(router.evidence()).containsExactlyInAnyOrderEntriesOf(Map.of(Evidence.TABLE, "arp",
                Evidence.INTERFACE, "ether5_KFCcisco", Evidence.COMMENT, "core switch"));
        assertThat(byMac(arp, "12:34:56:78:90:ac").evidence()).doesNotContainKey(Evidence.INTERFACE);

        Observation tagged = byMac(bridge, "74:83:c2:36:5a:6e");
        assertThat(tagged.ips()).isEmpty();
        assertThat(tagged.evidence()).containsExactlyInAnyOrderEntriesOf(Map.of(Evidence.TABLE, "bridge-hosts",
                Evidence.SWITCH, "core-router", Evidence.PORT, "ether3", Evidence.VLAN, "10",
                Evidence.INTERFACE, "bridge1"));
        assertThat(byMac(bridge, "00:50:56:88:80:ee").evidence()).containsEntry(Evidence.PORT, "ether7")
                .doesNotContainKey(Evidence.VLAN);
        assertThat(bridge).extracting(o -> o.mac().toString()).doesNotContain("48:a9:8a:10:20:30");
        assertIpv6(table(all, "ipv6-neighbors"), table(all, "dhcpv6-bindings"));
    }

    private static void assertIpv6(List<Observation> neighbours, List<Observation> bindings) {
        // 6 neighbours: one failed without MAC; 5 bindings: one whose DUID and link-local carry no MAC
        assertThat(neighbours).hasSize(5);
        assertThat(bindings).hasSize(4);
        List<Observation> unifi = neighbours.stream().filter(o -> o.mac().equals(MacAddress.of("74:83:c2:36:5a:6e")))
                .toList();
        assertThat(unifi).flatExtracting(Observation::ips).containsExactlyInAnyOrder(
                "2001:db8:10:0:7683:c2ff:fe36:5a6e", "2001:db8:10:0:3d1a:94c2:7b0e:51f6");
        assertThat(unifi).filteredOn(o -> o.ips().isEmpty()).singleElement()
                .satisfies(o -> assertThat(o.evidence()).containsEntry(Evidence.LINK_LOCAL, "fe80::7683:c2ff:fe36:5a6e")
                        .containsEntry(Evidence.STATUS, "stale").containsEntry(Evidence.INTERFACE, "bridge"));
        Observation router = byMac(neighbours, "00:23:ae:ad:d6:92");
        assertThat(router.ips()).isEmpty();
        assertThat(router.evidence()).containsExactlyInAnyOrderEntriesOf(Map.of(Evidence.TABLE, "ipv6-neighbors",
                Evidence.LINK_LOCAL, "fe80::1", Evidence.INTERFACE, "ether8", Evidence.STATUS, "reachable",
                "router", "true"));
        assertThat(byMac(neighbours, "ba:98:2c:bd:ea:47").ips()).containsExactly("fd00:10::5a1e:9c3b:2f41:8d07");

        Observation leased = byMac(bindings, "00:50:56:88:80:ee");
        assertThat(leased.ips()).containsExactly("2001:db8:10::1:5");
        assertThat(leased.evidence()).containsExactlyInAnyOrderEntriesOf(Map.of(Evidence.TABLE, "dhcpv6-bindings",
                Evidence.STATUS, "bound", Evidence.CLIENT_ID, "00:03:00:01:00:50:56:88:80:ee",
                Evidence.STABLE_IPS, "2001:db8:10::1:5", Evidence.LINK_LOCAL, "fe80::250:56ff:fe88:80ee"));
        Observation delegated = byMac(bindings, "ba:98:2c:bd:ea:47");
        assertThat(delegated.ips()).isEmpty();
        assertThat(delegated.evidence()).containsEntry("delegated-prefix", "2001:db8:100::/56");
        assertThat(byMac(bindings, "de:6e:70:c0:cc:b2").ips()).containsExactly("2001:db8:10::1:9");
        Observation waiting = byMac(bindings, "12:34:56:78:90:aa");
        assertThat(waiting.ips()).containsExactly("2001:db8:10::1:20");
        assertThat(waiting.evidence()).containsEntry(Evidence.STATUS, "waiting")
                .containsEntry(Evidence.COMMENT, "printer")
                .doesNotContainKey(Evidence.LINK_LOCAL);
    }

    static List<Observation> table(List<Observation> all, String table) {
        return all.stream().filter(o -> table.equals(o.evidence().get(Evidence.TABLE))).toList();
    }

    static Observation byMac(List<Observation> rows, String mac) {
        Optional<Observation> found = rows.stream().filter(o -> o.mac().equals(MacAddress.of(mac))).findFirst();
        assertThat(found).as("an observation for " + mac).isPresent();
        return found.get();
    }
}
