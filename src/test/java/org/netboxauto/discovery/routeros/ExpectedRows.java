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
