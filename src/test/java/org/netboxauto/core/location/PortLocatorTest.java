package org.netboxauto.core.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netboxauto.core.location.Sightings.fdb;
import static org.netboxauto.core.location.Sightings.guest;
import static org.netboxauto.core.location.Sightings.mac;
import static org.netboxauto.core.location.Sightings.neighbour;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;

class PortLocatorTest {

    private final PortLocator locator = new PortLocator(8);

    @Test
    void aMacSeenOnTheCoreUplinkAndAnAccessPortIsLocatedAtTheAccessPort() {
        List<Observation> in = List.of(
                fdb("core", "Gi0/48", "00:11:22:33:44:55", neighbour("lldp", "edge1", NeighbourRole.BRIDGE)),
                fdb("edge1", "Gi0/3", "00:11:22:33:44:55"));

        List<Observation> out = locator.locate(in);

        assertThat(out.get(1).evidence()).containsEntry(Evidence.SWITCH, "edge1").containsEntry(Evidence.PORT, "Gi0/3")
                .containsEntry(LocationEvidence.LOCATION, "access port: 1 MAC");
        assertThat(out.get(1).evidence().get(LocationEvidence.EXCLUDED))
                .isEqualTo("core Gi0/48 vlan 10 (uplink: LLDP neighbour edge1 is the polled switch edge1)");
        assertThat(out.get(0).evidence()).doesNotContainKeys(Evidence.SWITCH, Evidence.PORT, Evidence.VLAN)
                .containsEntry(LocationEvidence.SEEN_ON, "core Gi0/48 vlan 10");
    }

    @Test
    void ofTwoAccessPortsTheOneWithFewerMacsIsTheEdge() {
        List<Observation> in = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            in.add(fdb("dist", "ge-0/0/1", mac(i)));
        }
        in.add(fdb("access", "port7", mac(0)));

        List<Observation> out = locator.locate(in);

        assertThat(located(out, mac(0))).contains("access port7");
        assertThat(located(out, mac(1))).contains("dist ge-0/0/1");
        assertThat(out.get(0).evidence().get(LocationEvidence.LOCATION)).startsWith("not here; not edge-most");
    }

    @Test
    void aPhoneAsNeighbourLeavesThePcBehindItOnItsPort() {
        Map<String, String> phone = neighbour("lldp", "SEP001795B0F381", NeighbourRole.PHONE, NeighbourRole.BRIDGE);
        List<Observation> out = locator.locate(List.of(
                fdb("sw", "Gi1/0/5", "00:17:95:b0:f3:81", phone), fdb("sw", "Gi1/0/5", "3c:ec:ef:76:4c:88", phone)));

        assertThat(located(out, "3c:ec:ef:76:4c:88")).contains("sw Gi1/0/5");
        assertThat(located(out, "00:17:95:b0:f3:81")).contains("sw Gi1/0/5");
    }

    @Test
    void anAccessPointOrBridgingNeighbourDecidesByItsRoles() {
        Map<String, String> ap = neighbour("cdp", "acme-fr-ap-011", NeighbourRole.ACCESS_POINT, NeighbourRole.BRIDGE);
        Map<String, String> sw = neighbour("cdp", "acme-fr-s-001", NeighbourRole.BRIDGE);
        List<Observation> out = locator.locate(List.of(fdb("sw", "Gi1/0/1", mac(1), ap), fdb("sw", "Gi1/0/2", mac(2), sw)));

        assertThat(located(out, mac(1))).contains("sw Gi1/0/1");
        assertThat(located(out, mac(2))).isEmpty();
        assertThat(out.get(1).evidence().get(LocationEvidence.LOCATION))
                .isEqualTo("none, seen on uplinks only; uplink: CDP neighbour acme-fr-s-001 is a bridge");
    }

    @Test
    void moreMacsThanTheThresholdMakeAnUplinkUnlessTheyAreOneHypervisorsGuests() {
        List<Observation> in = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            in.add(fdb("sw", "Gi0/10", mac(i)));
        }
        assertThat(located(locator.locate(in), mac(3))).isEmpty();

        for (int i = 1; i < 12; i++) {
            in.add(guest("pve1", "10" + i, mac(i)));
        }
        List<Observation> out = locator.locate(in);
        assertThat(located(out, mac(3))).contains("sw Gi0/10");
        assertThat(located(out, mac(0))).contains("sw Gi0/10");
        assertThat(out.get(3).evidence().get(LocationEvidence.LOCATION))
                .isEqualTo("hypervisor port of pve1: 12 MACs, 11 of them its guests");
    }

    @Test
    void guestsOfSeveralHypervisorsBehindOnePortStillMakeAnUplink() {
        List<Observation> in = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            in.add(fdb("sw", "Gi0/10", mac(i)));
            in.add(guest(i % 2 == 0 ? "pve1" : "pve2", "1" + i, mac(i)));
        }
        List<Observation> out = locator.locate(in);
        assertThat(located(out, mac(3))).isEmpty();
        assertThat(out.get(0).evidence().get(LocationEvidence.LOCATION))
                .endsWith("uplink: 20 MACs (10 not guests of pve1), more than uplink-mac-threshold 8");
    }

    @Test
    void aHypervisorAnnouncingABridgeIsNoSwitch() {
        Map<String, String> host = neighbour("lldp", "vmhost-30", NeighbourRole.BRIDGE);
        List<Observation> in = List.of(fdb("sw", "1/1/43", mac(1), host), guest("vmhost-30", "101", mac(1)));
        assertThat(located(locator.locate(in), mac(1))).contains("sw 1/1/43");
        assertThat(located(locator.locate(List.of(in.get(0))), mac(1))).isEmpty();
    }

    @Test
    void lagTrunkAndPolledSwitchMacsMakeUplinks() {
        List<Observation> out = locator.locate(List.of(
                fdb("sw", "Po1", mac(1), Map.of(LocationEvidence.PORT_KIND, LocationEvidence.KIND_LAG)),
                fdb("sw", "Gi0/2", mac(2), Map.of(LocationEvidence.PORT_KIND, LocationEvidence.KIND_TRUNK)),
                fdb("sw", "Gi0/3", mac(3)),
                fdb("sw", "Gi0/3", "64:d1:54:f2:a4:16"),
                fdb("other", "ether1", mac(9), Map.of(LocationEvidence.SWITCH_IDS, "other+64:d1:54:f2:a4:16"))));

        assertThat(located(out, mac(1))).isEmpty();
        assertThat(located(out, mac(2))).isEmpty();
        assertThat(located(out, mac(3))).isEmpty();
        assertThat(out.get(2).evidence().get(LocationEvidence.LOCATION))
                .endsWith("uplink: learns the MAC of the polled switch other");
        assertThat(located(out, mac(9))).contains("other ether1");
    }

    @Test
    void aMikroTikCrsReadOverRouterOsIsOneMoreSwitch() {
        Observation crsHost = new Observation("routeros:crs", Sightings.NOW, MacAddress.of(mac(1)), List.of(),
                Optional.empty(), Optional.empty(), Map.of(Evidence.TABLE, LocationEvidence.TABLE_BRIDGE_HOSTS,
                        Evidence.SWITCH, "crs", Evidence.PORT, "ether7", Evidence.VLAN, "20"));
        List<Observation> out = locator.locate(List.of(
                fdb("core", "sfp1", mac(1), neighbour("lldp", "crs.example.org", NeighbourRole.BRIDGE)), crsHost));

        assertThat(located(out, mac(1))).contains("crs ether7");
        assertThat(out.get(0).evidence().get(LocationEvidence.LOCATION))
                .isEqualTo("not here; uplink: LLDP neighbour crs.example.org is the polled switch crs");
    }

    @Test
    void unresolvedRowsAndOtherSourcesPassThroughUntouched() {
        Observation portZero = new Observation("snmp:sw", Sightings.NOW, MacAddress.of(mac(1)), List.of(),
                Optional.empty(), Optional.empty(), Map.of(Evidence.TABLE, LocationEvidence.TABLE_FDB,
                        Evidence.SWITCH, "sw", LocationEvidence.UNRESOLVED, "port 0: the switch itself or its CPU"));
        Observation lease = new Observation("routeros:gw", Sightings.NOW, MacAddress.of(mac(2)), List.of("10.0.0.2"),
                Optional.of("pc"));
        List<Observation> in = List.of(portZero, lease);
        assertThat(locator.locate(in)).isEqualTo(in);
    }

    @Test
    void aThresholdBelowOneIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PortLocator(0))
                .hasMessageContaining("uplink-mac-threshold");
    }

    /** {@code switch port} where the MAC is located, if anywhere. */
    static Optional<String> located(List<Observation> out, String mac) {
        MacAddress m = MacAddress.of(mac);
        return out.stream().filter(o -> o.mac().equals(m) && o.evidence().containsKey(Evidence.PORT))
                .map(o -> o.evidence().get(Evidence.SWITCH) + " " + o.evidence().get(Evidence.PORT))
                .reduce((a, b) -> a + " AND " + b);
    }
}
