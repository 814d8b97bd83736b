package org.netboxauto.core.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netboxauto.core.push.PushPlannerTest.approved;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.compare.Hosts;
import org.netboxauto.core.location.LocationEvidence;

/** Switch-port and VM VLANs, the VLAN lookup by group or globally, and a host's LAG, as the plan has them. */
class VlanPlanTest {

    private static final long PORT = 40;

    private static PushSettings settings(boolean createMissing, Optional<String> group) {
        PushSettings s = PushPlannerTest.settings(createMissing, Optional.of("hq"));
        return new PushSettings(s.tag(), s.createMissing(), s.defaults(), s.kinds(), s.clusters(), s.scope(), false, group);
    }

    private static PushInventory inventory(PushInventory.Layer2 port, List<PushInventory.Vlan> vlans,
                                           List<PushInventory.Named> groups) {
        Map<NbType, List<PushInventory.Named>> named = new java.util.HashMap<>(PushPlannerTest.catalog());
        named.put(NbType.VLAN_GROUP, groups);
        return new PushInventory(true, named, List.of(), List.of(), List.of(),
                List.of(new PushInventory.SwitchPort(PORT, "sw1", "Gi1/0/9", Optional.empty(), port)),
                List.of(new PushInventory.Prefix("10.0.0.0/22")), Map.of(), Map.of(), vlans);
    }

    private static PushInventory.Layer2 port(String mode, Set<Long> tagged) {
        return new PushInventory.Layer2(Optional.ofNullable(mode), Optional.empty(), tagged, Optional.empty(), "1000base-t");
    }

    private static PushInventory.Vlan vlan(long id, int vid, Long group) {
        return new PushInventory.Vlan(id, vid, "v" + vid + "-" + id, Optional.ofNullable(group), Optional.empty());
    }

    private static Host guest(String mac, String name, int vlan) {
        return Hosts.host(List.of(MacAddress.of(mac)), name, new PortLocation("sw1", "Gi1/0/9", Optional.of(vlan)),
                Map.of("proxmox:pve", Map.of("vmid", mac.substring(15), "node", "pve1", "nic", "net0",
                        "status", "running", "nic-vlan", mac + "=" + vlan)), Set.of(), "10.0.0." + (10 + vlan));
    }

    private static Host device(String mac, String name, int vlan) {
        return Hosts.host(List.of(MacAddress.of(mac)), name, new PortLocation("sw1", "Gi1/0/9", Optional.of(vlan)),
                Map.of(), Set.of(), "10.0.1." + vlan);
    }

    private static PushPlan plan(List<Host> hosts, PushInventory inventory, PushSettings settings) {
        return PushPlanner.plan(hosts.stream().map(PushPlannerTest::approved).toList(), inventory, settings, Set.of());
    }

    private static Optional<PushAction> portAction(PushPlan plan) {
        return plan.actions().stream().filter(a -> a.key().equals("port-vlans:" + PORT)).findFirst();
    }

    private static ObjectRef.Existing vlanRef(long id) {
        return new ObjectRef.Existing(NbType.VLAN, id);
    }

    @Test
    void aHypervisorPortIsTaggedWithTheVlansOfItsGuestsKeepingThoseNetBoxHas() {
        List<PushInventory.Vlan> vlans = List.of(vlan(110, 10, null), vlan(120, 20, null), vlan(130, 30, null));
        List<Host> guests = List.of(guest("bc:24:11:00:00:01", "app1", 10), guest("bc:24:11:00:00:02", "app2", 20));

        PushAction fresh = portAction(plan(guests, inventory(port(null, Set.of()), vlans, List.of()),
                settings(false, Optional.empty()))).orElseThrow();
        assertThat(fresh.after()).containsEntry("mode", "tagged")
                .containsEntry("tagged_vlans", List.of(vlanRef(110), vlanRef(120)));
        assertThat(fresh.label()).isEqualTo("VLANs of sw1 Gi1/0/9 (tagged: a hypervisor's guests)");

        PushAction added = portAction(plan(guests, inventory(port("tagged", Set.of(130L)), vlans, List.of()),
                settings(false, Optional.empty()))).orElseThrow();
        assertThat(added.after()).doesNotContainKey("mode")
                .containsEntry("tagged_vlans", List.of(vlanRef(130), vlanRef(110), vlanRef(120)));
        assertThat(added.before()).containsEntry("tagged_vlans", List.of(vlanRef(130)));

        assertThat(portAction(plan(guests, inventory(port("tagged", Set.of(110L, 120L)), vlans, List.of()),
                settings(false, Optional.empty())))).isEmpty();
        assertThat(portAction(plan(guests, inventory(port("tagged-all", Set.of()), vlans, List.of()),
                settings(false, Optional.empty())))).isEmpty();
        // one guest alone still makes a hypervisor port
        assertThat(portAction(plan(guests.subList(0, 1), inventory(port(null, Set.of()), vlans, List.of()),
                settings(false, Optional.empty()))).orElseThrow().after()).containsEntry("mode", "tagged");
    }

    @Test
    void anAccessPortGetsItsVlanUntaggedButAPortNetBoxHasAsTaggedStaysSo() {
        List<PushInventory.Vlan> vlans = List.of(vlan(110, 10, null));
        Host pc = device("02:00:00:00:00:07", "pc7", 10);

        PushAction access = portAction(plan(List.of(pc), inventory(port(null, Set.of()), vlans, List.of()),
                settings(false, Optional.empty()))).orElseThrow();
        assertThat(access.after()).containsEntry("mode", "access").containsEntry("untagged_vlan", vlanRef(110));
        assertThat(access.host()).contains(pc.mac());

        assertThat(portAction(plan(List.of(pc), inventory(port("tagged", Set.of(110L)), vlans, List.of()),
                settings(false, Optional.empty())))).isEmpty();
        PushInventory.Layer2 already = new PushInventory.Layer2(Optional.of("access"), Optional.of(110L), Set.of(),
                Optional.empty(), "1000base-t");
        assertThat(portAction(plan(List.of(pc), inventory(already, vlans, List.of()), settings(false, Optional.empty()))))
                .isEmpty();
    }

    @Test
    void theVlanIsLookedUpInTheGroupOrAmongGlobalOnesAndAnAmbiguousOrMissingOneIsSaidWithTheKeyToSet() {
        Host pc = device("02:00:00:00:00:07", "pc7", 10);
        List<PushInventory.Vlan> twoGlobal = List.of(vlan(110, 10, null), vlan(111, 10, null), vlan(112, 10, 7L));
        List<PushInventory.Named> groups = List.of(new PushInventory.Named(7, "Campus", "campus"));

        PushPlan ambiguous = plan(List.of(pc), inventory(port(null, Set.of()), twoGlobal, groups),
                settings(false, Optional.empty()));
        assertThat(portAction(ambiguous)).isEmpty();
        assertThat(ambiguous.problems()).extracting(PlanProblem::toString).containsExactly("VLAN 10: NetBox has 2 VLANs"
                + " with VID 10 outside any VLAN group (v10-110 #110, v10-111 #111); none is assigned. Set"
                + " netbox.vlan-group to the VLAN group to use");

        PushPlan inGroup = plan(List.of(pc), inventory(port(null, Set.of()), twoGlobal, groups),
                settings(false, Optional.of("Campus")));
        assertThat(portAction(inGroup).orElseThrow().after()).containsEntry("untagged_vlan", vlanRef(112));
        assertThat(inGroup.problems()).isEmpty();

        PushPlan missing = plan(List.of(pc), inventory(port(null, Set.of()), List.of(), groups),
                settings(false, Optional.empty()));
        assertThat(missing.writes()).isGreaterThan(0);
        assertThat(missing.problems()).extracting(PlanProblem::toString).containsExactly("VLAN 10: NetBox has no VLAN"
                + " with VID 10 outside any VLAN group; no interface is given it. Create it in NetBox, set"
                + " netbox.create-missing = true, or set netbox.vlan-group to the VLAN group that holds it");

        PushPlan noGroup = plan(List.of(pc), inventory(port(null, Set.of()), twoGlobal, List.of()),
                settings(false, Optional.of("campus")));
        assertThat(portAction(noGroup)).isEmpty();
        assertThat(noGroup.problems()).extracting(PlanProblem::toString).containsExactly("netbox.vlan-group: NetBox has"
                + " no VLAN group with slug or name \"campus\"; no VLAN is assigned. Create it in NetBox, correct"
                + " netbox.vlan-group, or set netbox.create-missing = true");

        PushPlan created = plan(List.of(pc), inventory(port(null, Set.of()), List.of(), List.of()),
                settings(true, Optional.of("campus")));
        assertThat(created.actions()).extracting(PushAction::summary).contains("create VLAN group campus",
                "create VLAN 10 in group campus");
        PushAction vlan = created.actions().stream().filter(a -> a.type() == NbType.VLAN).findFirst().orElseThrow();
        assertThat(vlan.after()).containsEntry("vid", 10).containsEntry("group", new ObjectRef.Planned("vlan_group:campus"));
        assertThat(portAction(created).orElseThrow().after()).containsEntry("untagged_vlan",
                new ObjectRef.Planned("vlan:campus:10"));
        PushPlannerTest.assertDependenciesComeFirst(created);
    }

    @Test
    void aVlanOfAnotherSiteThanTheSwitchIsNotAssigned() {
        PushInventory base = inventory(port(null, Set.of()), List.of(new PushInventory.Vlan(110, 10, "branch-users",
                Optional.empty(), Optional.of(2L))), List.of());
        PushInventory.Machine sw1 = new PushInventory.Machine(NbType.DEVICE, 9, "SW1", Optional.of(1L), "active",
                Optional.empty(), Set.of(), Optional.empty(), List.of(), "");
        PushInventory withSwitch = new PushInventory(true, base.named(), List.of(sw1), List.of(), List.of(),
                base.switchPorts(), base.prefixes(), Map.of(), Map.of(), base.vlans());

        PushPlan plan = plan(List.of(device("02:00:00:00:00:07", "pc7", 10)), withSwitch, settings(false, Optional.empty()));

        assertThat(portAction(plan)).isEmpty();
        assertThat(plan.problems()).extracting(PlanProblem::toString).containsExactly("sw1 Gi1/0/9: VLAN 10 belongs to"
                + " another site than sw1; NetBox takes only a VLAN of the device's site or a global one, so it is not"
                + " assigned. Set netbox.vlan-group to a group of usable VLANs");
        assertThat(portAction(plan(List.of(device("02:00:00:00:00:07", "pc7", 10)), base,
                settings(false, Optional.empty())))).as("the switch's site unknown: NetBox decides").isPresent();
    }

    @Test
    void aVmNicWithAProxmoxTagIsAnAccessInterfaceOfThatVlan() {
        Host app = guest("bc:24:11:00:00:01", "app1", 10);

        PushPlan plan = plan(List.of(app), inventory(port(null, Set.of()), List.of(vlan(110, 10, null)), List.of()),
                settings(false, Optional.empty()));

        PushAction nic = plan.actions().stream().filter(a -> a.key().equals("vm-vlan:" + app.mac())).findFirst()
                .orElseThrow();
        assertThat(nic.type()).isEqualTo(NbType.VM_INTERFACE);
        assertThat(nic.after()).containsEntry("mode", "access").containsEntry("untagged_vlan", vlanRef(110));
        assertThat(nic.dependsOn()).contains("interface:" + app.mac());
        PushPlannerTest.assertDependenciesComeFirst(plan);
    }

    @Test
    void aHostOnAnAccessLagGetsALagOfItsNicsOnlyAsADeviceWithTwoOfThem() {
        Map<String, Map<String, String>> onLag = Map.of("snmp:sw1", Map.of(LocationEvidence.LAG_MEMBERS,
                "Gi1/0/1,Gi1/0/2", LocationEvidence.LOCATION, "access LAG (members Gi1/0/1, Gi1/0/2): 2 MACs"));
        PortLocation po1 = new PortLocation("sw1", "Po1", Optional.empty());
        Host bonded = Hosts.host(List.of(MacAddress.of("02:00:00:00:00:11"), MacAddress.of("02:00:00:00:00:12")),
                "nas", po1, onLag, Set.of(), "10.0.0.5");

        PushPlan plan = plan(List.of(bonded), inventory(port(null, Set.of()), List.of(), List.of()),
                settings(false, Optional.empty()));
        assertThat(plan.actions()).extracting(PushAction::summary).contains("create interface nas bond0 (LAG)",
                "update LAG bond0 of nas eth0", "update LAG bond0 of nas eth1");
        assertThat(plan.actions().stream().filter(a -> a.key().startsWith("lag-member:")))
                .allSatisfy(a -> assertThat(a.after()).containsEntry("lag", new ObjectRef.Planned("lag:" + bonded.mac())));
        PushPlannerTest.assertDependenciesComeFirst(plan);

        Host single = Hosts.host(List.of(MacAddress.of("02:00:00:00:00:21")), "nas2", po1, onLag, Set.of(), "10.0.0.6");
        Map<String, Map<String, String>> vmOnLag = new java.util.HashMap<>(onLag);
        vmOnLag.put("proxmox:pve", Map.of("vmid", "300", "node", "pve1", "nic", "net0", "status", "running"));
        Host vm = Hosts.host(List.of(MacAddress.of("bc:24:11:00:00:31"), MacAddress.of("bc:24:11:00:00:32")), "vm3",
                po1, vmOnLag, Set.of(), "10.0.0.7");
        PushPlan others = plan(List.of(single, vm), inventory(port(null, Set.of()), List.of(), List.of()),
                settings(false, Optional.empty()));
        assertThat(others.actions()).noneMatch(a -> a.key().startsWith("lag"));
        assertThat(others.problems()).extracting(PlanProblem::toString).contains(
                "nas2: is on the access LAG sw1 Po1 (members Gi1/0/1, Gi1/0/2), but only one of its NICs is known"
                        + " (02:00:00:00:00:21); a LAG interface is created once two are",
                "vm3: is on the access LAG sw1 Po1 (members Gi1/0/1, Gi1/0/2), but a NetBox VM interface cannot be a"
                        + " LAG member; no LAG interface is created");
    }
}
