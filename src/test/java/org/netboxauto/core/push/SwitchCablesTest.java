package org.netboxauto.core.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.topology.SwitchLink;
import org.netboxauto.core.topology.SwitchReport;

/** Which NetBox device a switch is, by which rule, and the cables planned between switches. */
class SwitchCablesTest {

    private static final SwitchInventory NETBOX = new SwitchInventory(List.of(
            new SwitchInventory.Device(1, "core-7", Optional.of("FOC1")),
            new SwitchInventory.Device(2, "dist-2", Optional.empty()),
            new SwitchInventory.Device(3, "edge-3", Optional.of("SAME")),
            new SwitchInventory.Device(4, "edge-4", Optional.of("SAME")),
            new SwitchInventory.Device(5, "acc-5", Optional.empty())), List.of(
            port(10, 1, "Gi1/0/1", "1000base-t"), port(11, 1, "Gi1/0/2", "1000base-t"), port(12, 1, "Po1", "lag"),
            new SwitchInventory.Port(13, 2, "vlan10", "virtual", Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of(MacAddress.of("00:aa:00:00:00:02")), List.of("10.0.0.2")),
            port(20, 2, "xe-0/0/1", "10gbase-x-sfpp"), port(21, 2, "ae0", "lag"),
            new SwitchInventory.Port(50, 5, "eth0", "1000base-t", Optional.of(99L), Optional.of("patch p1"),
                    Optional.of(98L), List.of(MacAddress.of("00:aa:00:00:00:05")), List.of("10.0.0.5"))));

    @Test
    void eachRuleInItsOrderAndWhyNoneMatched() {
        SwitchMatcher m = new SwitchMatcher(NETBOX);

        assertThat(m.match(report("a", Optional.of("DIST-2"), List.of("FOC1"), List.of(), Set.of())).shown())
                .isEqualTo("dist-2 (switch a, named by sources.snmp[0].netbox-device)");
        assertThat(m.match(report("a", Optional.of("gone"), List.of("FOC1"), List.of(), Set.of())).reason())
                .isEqualTo("sources.snmp[0].netbox-device names \"gone\", which is no NetBox device; correct it to the"
                        + " device's name in NetBox");
        assertThat(m.match(report("a", Optional.empty(), List.of("foc1"), List.of("10.0.0.2"), Set.of())).shown())
                .isEqualTo("core-7 (switch a, by serial foc1)");
        assertThat(m.match(report("a", Optional.empty(), List.of("SAME"), List.of("10.0.0.2"), Set.of())).shown())
                .isEqualTo("dist-2 (switch a, by management IP 10.0.0.2)");
        assertThat(m.match(report("a", Optional.empty(), List.of(), List.of(), Set.of("00:aa:00:00:00:02", "x")))
                .shown()).isEqualTo("dist-2 (switch a, by chassis MAC 00:aa:00:00:00:02)");
        assertThat(m.match(new SwitchReport("a", "sources.snmp[0]", Optional.empty(), Optional.of("ACC-5.example.net"),
                List.of(), List.of(), Set.of(), List.of(), Map.of())).shown())
                .isEqualTo("acc-5 (switch a, by name ACC-5.example.net)");
        assertThat(m.match(report("sw9", Optional.empty(), List.of("SAME"), List.of("10.9.9.9"),
                Set.of("00:bb:00:00:00:09"))).reason()).isEqualTo("serial SAME is on 2 NetBox devices; no NetBox device"
                + " has management IP 10.9.9.9 on an interface; chassis MAC 00:bb:00:00:00:09 is on no single NetBox"
                + " device; no NetBox device is named sw9. Set sources.snmp[0].netbox-device to its name in NetBox");
    }

    @Test
    void aLinkSeenFromBothEndsIsOneCableAndItsFarPortComesFromTheLinkBack() {
        // the far end tells no port name (a MAC as port id): the near port is found from the far switch's own row
        SwitchReport core = new SwitchReport("core", "sources.snmp[0]", Optional.empty(), Optional.of("core"),
                List.of("FOC1"), List.of(), Set.of("00:aa:00:00:00:01"), List.of(
                        link("Gi1/0/1", Set.of("00:aa:00:00:00:02", "dist"), Optional.empty()),
                        link("Po1", Set.of("dist"), Optional.of("ae0"))), Map.of("Gi1/0/2", "Po1"));
        SwitchReport dist = new SwitchReport("dist", "sources.snmp[1]", Optional.empty(), Optional.of("dist"),
                List.of(), List.of("10.0.0.2"), Set.of("00:aa:00:00:00:02"), List.of(
                        link("xe-0/0/1", Set.of("core"), Optional.of("Gi1/0/1"))), Map.of());
        PlanActions plan = new PlanActions();

        new SwitchCables(List.of(core, dist), NETBOX, plan, new java.util.HashSet<>()).plan(List.of(), null);

        assertThat(plan.ordered()).singleElement().satisfies(a -> {
            assertThat(a.label()).isEqualTo("cable core-7 Gi1/0/1 to dist-2 xe-0/0/1 (LLDP on core Gi1/0/1; core-7"
                    + " (switch core, by serial FOC1), dist-2 (switch dist, by management IP 10.0.0.2))");
            assertThat(a.after().get("a_terminations").toString()).contains("object_id=interface #10");
            assertThat(a.after().get("b_terminations").toString()).contains("object_id=interface #20");
        });
        assertThat(plan.problems()).extracting(PlanProblem::toString).containsExactly("link core Po1: LLDP was heard"
                + " on the LAG Po1 itself, which names none of its members; cable the members by hand");
    }

    @Test
    void aNeighbourFoundInNetBoxOnlyIsCabledUnlessItsPortIsTakenOrItIsNoSwitch() {
        SwitchReport core = new SwitchReport("core-7", "sources.snmp[0]", Optional.empty(), Optional.empty(),
                List.of(), List.of(), Set.of(), List.of(
                        link("Gi1/0/1", Set.of("00:aa:00:00:00:05"), Optional.of("eth0")),
                        new SwitchLink("Gi1/0/2", "lldp", Set.of("dist-2"), Optional.of("xe-0/0/1"), Optional.empty(),
                                Optional.empty(), false)), Map.of());
        PlanActions plan = new PlanActions();

        new SwitchCables(List.of(core), NETBOX, plan, new java.util.HashSet<>()).plan(List.of(), null);

        assertThat(plan.ordered()).isEmpty();
        assertThat(plan.problems()).extracting(PlanProblem::toString).containsExactly("link core-7 Gi1/0/1: acc-5 eth0"
                + " is already cabled to patch p1 in NetBox, but LLDP finds core-7 Gi1/0/1 and acc-5 eth0 linked; the"
                + " cable is left as it is. Remove it in NetBox if it is wrong, and push again");
    }

    @Test
    void aHostIsCabledToThePortOfTheDeviceItsSwitchMatchedOrToldWhyNot() {
        PushInventory inventory = PushPlannerTest.inventory(true, List.of(), List.of(), List.of(
                new PushInventory.SwitchPort(10, "core-7", "Gi1/0/5", Optional.empty())), Map.of());
        SwitchReport sw1 = report("sw1", Optional.empty(), List.of("FOC1"), List.of(), Set.of());

        PushPlan plan = PushPlanner.plan(List.of(PushPlannerTest.approved(PushPlannerTest.host("web05", "10.0.1.5"))),
                inventory, PushPlannerTest.settings(false, Optional.of("hq")), Set.of(), List.of(sw1), NETBOX);
        PushPlan unknown = PushPlanner.plan(List.of(PushPlannerTest.approved(PushPlannerTest.host("web05", "10.0.1.5"))),
                inventory, PushPlannerTest.settings(false, Optional.of("hq")), Set.of(),
                List.of(report("sw1", Optional.empty(), List.of("NOPE"), List.of(), Set.of())), NETBOX);

        assertThat(plan.actions()).filteredOn(a -> a.type() == NbType.CABLE).extracting(PushAction::label)
                .containsExactly("cable web05 eth0 to core-7 Gi1/0/5 (switch sw1, by serial FOC1)");
        assertThat(unknown.actions()).noneMatch(a -> a.type() == NbType.CABLE);
        assertThat(unknown.problems()).extracting(PlanProblem::toString).contains("web05 eth0: switch sw1 is not found"
                + " in NetBox (see switch sw1); no cable to its port Gi1/0/5");
    }

    private static SwitchReport report(String name, Optional<String> device, List<String> serials, List<String> ips,
                                       Set<String> chassis) {
        return new SwitchReport(name, "sources.snmp[0]", device, Optional.empty(), serials, ips, chassis, List.of(),
                Map.of());
    }

    private static SwitchLink link(String local, Set<String> ids, Optional<String> port) {
        return new SwitchLink(local, "lldp", ids, port, Optional.empty(), Optional.empty(), true);
    }

    private static SwitchInventory.Port port(long id, long device, String name, String type) {
        return new SwitchInventory.Port(id, device, name, type, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), List.of());
    }
}
