package org.netboxauto.core.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.Sourced;

/** Switches joined by what they hear, leaves for the rest, and front panels coloured by what is on each port. */
public class TopologyBuilderTest {

    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void reportingSwitchesAreJoinedByChassisMacOrSysNameAndEachLinkIsDrawnOnce() {
        Topology t = TopologyBuilder.of(TopologyLab.reports(5), hosts(5));

        assertThat(t.switches()).isEqualTo(5);
        assertThat(t.edges()).filteredOn(e -> e.from().startsWith("switch:") && e.to().startsWith("switch:"))
                .hasSize(4);
        TopologyEdge lag = t.edges().stream().filter(e -> Set.of(e.from(), e.to())
                .equals(Set.of("switch:core-01", "switch:dist-01"))).findFirst().orElseThrow();
        assertThat(lag.links()).as("two members of a LAG").isEqualTo(2);
        assertThat(lag.ports()).contains("Te1/1/2 ↔ Te1/1/1", "Te1/1/6 ↔ Te1/1/6");
    }

    @Test
    void neighboursThatReportNothingAreLeavesOfTheirKind() {
        Topology t = TopologyBuilder.of(TopologyLab.reports(5), hosts(5));

        assertThat(t.nodes()).extracting(TopologyNode::label, TopologyNode::kind).contains(
                org.assertj.core.groups.Tuple.tuple("edge-gw.lab.example", NodeKind.ROUTER),
                org.assertj.core.groups.Tuple.tuple("phone-desk-12", NodeKind.DEVICE),
                org.assertj.core.groups.Tuple.tuple("pve-2.lab.example", NodeKind.HYPERVISOR));
        assertThat(t.nodes()).hasSize(8);
    }

    @Test
    void portsAreColouredByWhatIsOnThem() {
        Topology t = TopologyBuilder.of(TopologyLab.reports(5), hosts(5));

        Map<String, PanelPort> dist2 = byName(t.panels().get("switch:dist-02"));
        assertThat(dist2.get("Gi1/0/1").use()).isEqualTo(PortUse.HOST);
        assertThat(dist2.get("Gi1/0/1").hosts()).extracting(PortHost::label).containsExactly("pc-2-1");
        assertThat(dist2.get("Gi1/0/23").use()).isEqualTo(PortUse.HYPERVISOR);
        assertThat(dist2.get("Gi1/0/23").hosts()).hasSize(4);
        assertThat(dist2.get("Te1/1/1").use()).isEqualTo(PortUse.UPLINK);
        assertThat(dist2.get("Te1/1/1").neighbour()).contains("core-01");
        assertThat(dist2.get("Gi1/0/24").use()).isEqualTo(PortUse.UNKNOWN);
        assertThat(dist2.get("Gi1/0/22").use()).isEqualTo(PortUse.EMPTY);
        Map<String, PanelPort> dist1 = byName(t.panels().get("switch:dist-01"));
        assertThat(dist1.get("Gi1/0/5").use()).as("a phone with a PC behind it").isEqualTo(PortUse.HOST);
        assertThat(t.panels().get("switch:dist-02")).extracting(PanelPort::name).startsWith("Gi1/0/1", "Gi1/0/2",
                "Gi1/0/3");
    }

    @Test
    void guestsOfAProxmoxNodeThatSpeaksNoLldpPutItOnTheirPort() {
        SwitchReport quiet = withoutLinks(TopologyLab.report(2, 3));
        Topology t = TopologyBuilder.of(List.of(quiet), hosts(3));

        assertThat(t.nodes()).extracting(TopologyNode::id).contains("hypervisor:pve-2");
        assertThat(byName(t.panels().get("switch:dist-02")).get("Gi1/0/23").neighbour()).contains("pve-2");
        assertThat(t.edges()).extracting(TopologyEdge::to).contains("switch:dist-02");
    }

    @Test
    void aReportStoredBeforePortsWereReadShowsThePortsInUse() {
        SwitchReport old = TopologyLab.report(2, 3);
        SwitchReport noPorts = new SwitchReport(old.switchName(), old.configKey(), old.netboxDevice(), old.sysName(),
                old.serials(), old.managementIps(), old.chassisIds(), old.links(), old.lagOf());
        Topology t = TopologyBuilder.of(List.of(noPorts), hosts(3));

        assertThat(t.panels().get("switch:dist-02")).extracting(PanelPort::name)
                .contains("Gi1/0/1", "Gi1/0/23", "Te1/1/1").doesNotContain("Gi1/0/24")
                .isSortedAccordingTo(PortOrder.NATURAL);
        assertThat(t.panels().get("switch:dist-02")).extracting(PanelPort::use).doesNotContain(PortUse.EMPTY);
    }

    @Test
    void portNamesSortAsOnTheFrontPanel() {
        List<String> names = new ArrayList<>(List.of("Gi1/0/10", "Gi1/0/2", "ether1", "Gi1/0/1", "ether10", "ether2"));
        names.sort(PortOrder.NATURAL);
        assertThat(names).containsExactly("ether1", "ether2", "ether10", "Gi1/0/1", "Gi1/0/2", "Gi1/0/10");
    }

    private static SwitchReport withoutLinks(SwitchReport r) {
        return new SwitchReport(r.switchName(), r.configKey(), r.netboxDevice(), r.sysName(), r.serials(),
                r.managementIps(), r.chassisIds(), List.of(), r.lagOf(), r.ports());
    }

    private static Map<String, PanelPort> byName(List<PanelPort> ports) {
        Map<String, PanelPort> out = new HashMap<>();
        ports.forEach(p -> out.put(p.name(), p));
        return out;
    }

    /** The lab's observations as correlation would merge them: one host per MAC, located by its forwarding row. */
    public static List<Host> hosts(int n) {
        Map<MacAddress, List<Observation>> byMac = new HashMap<>();
        TopologyLab.observations(n, AT).values().forEach(list -> list.forEach(o ->
                byMac.computeIfAbsent(o.mac(), k -> new ArrayList<>()).add(o)));
        List<Host> out = new ArrayList<>();
        byMac.forEach((mac, seen) -> {
            Map<String, Map<String, String>> evidence = new HashMap<>();
            Optional<Sourced<PortLocation>> port = Optional.empty();
            Optional<Sourced<String>> name = Optional.empty();
            for (Observation o : seen) {
                evidence.put(o.source(), o.evidence());
                if (o.evidence().containsKey(Evidence.PORT)) {
                    port = Optional.of(new Sourced<>(new PortLocation(o.evidence().get(Evidence.SWITCH),
                            o.evidence().get(Evidence.PORT), Optional.of(10)), o.source(), AT));
                }
                if (o.hostname().isPresent()) {
                    name = Optional.of(new Sourced<>(o.hostname().get(), o.source(), AT));
                }
            }
            out.add(new Host(mac, List.of(mac), List.of(), name, port, Optional.empty(),
                    seen.stream().map(Observation::source).toList(), AT, AT, EnumSet.noneOf(org.netboxauto.core.HostFlag.class),
                    evidence));
        });
        return out;
    }
}
