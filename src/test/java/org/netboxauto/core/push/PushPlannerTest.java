package org.netboxauto.core.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.Review;
import org.netboxauto.core.ReviewState;
import org.netboxauto.core.compare.Hosts;

class PushPlannerTest {

    static final MacAddress MAC = MacAddress.of("02:00:00:00:00:05");

    static PushSettings settings(boolean createMissing, Optional<String> site) {
        return new PushSettings("netbox-auto", createMissing, new PushSettings.Defaults(site, Optional.of("server"),
                Optional.of("generic"), Optional.empty(), Optional.of("pve"), 24), Map.of(), Map.of(),
                PushSettings.Scope.ALL);
    }

    static Map<NbType, List<PushInventory.Named>> catalog() {
        Map<NbType, List<PushInventory.Named>> named = new HashMap<>();
        named.put(NbType.SITE, List.of(new PushInventory.Named(1, "HQ", "hq")));
        named.put(NbType.ROLE, List.of(new PushInventory.Named(2, "Server", "server")));
        named.put(NbType.DEVICE_TYPE, List.of(new PushInventory.Named(3, "Generic", "generic")));
        named.put(NbType.CLUSTER, List.of(new PushInventory.Named(4, "pve", "pve")));
        named.put(NbType.TAG, List.of(new PushInventory.Named(5, "netbox-auto", "netbox-auto")));
        return named;
    }

    static PushInventory inventory(boolean macObjects, List<PushInventory.Machine> machines, List<PushInventory.Ip> ips,
                                   List<PushInventory.SwitchPort> ports, Map<Long, List<String>> templates) {
        return new PushInventory(macObjects, catalog(), machines, ips, List.of(), ports,
                List.of(new PushInventory.Prefix("10.0.0.0/22")), Map.of(NbType.DEVICE, "date"), templates);
    }

    static PushHost approved(Host host) {
        return new PushHost(host, new Review(host.mac(), ReviewState.APPROVED, Optional.empty(), Instant.EPOCH));
    }

    static Host host(String name, String ip) {
        return Hosts.host(List.of(MAC), name, new PortLocation("sw1", "Gi1/0/5", Optional.empty()), Map.of(),
                Set.of(), ip);
    }

    @Test
    void aNewHostGetsDeviceInterfaceMacIpPrimaryAndCableInDependencyOrder() {
        PushPlan plan = PushPlanner.plan(List.of(approved(host("web05", "10.0.1.5"))),
                inventory(true, List.of(), List.of(), List.of(new PushInventory.SwitchPort(40, "SW1", "Gi1/0/5",
                        Optional.empty())), Map.of()), settings(false, Optional.of("hq")), Set.of());

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.actions()).extracting(PushAction::summary).containsExactly(
                "create device web05", "create interface web05 eth0", "create MAC 02:00:00:00:00:05 on web05 eth0",
                "update primary MAC of web05 eth0", "create IP 10.0.1.5/22 on web05 eth0",
                "update primary IPv4 of web05", "create cable web05 eth0 to sw1 Gi1/0/5");
        PushAction device = plan.actions().getFirst();
        assertThat(device.after()).containsEntry("site", new ObjectRef.Existing(NbType.SITE, 1))
                .containsEntry("device_type", new ObjectRef.Existing(NbType.DEVICE_TYPE, 3))
                .containsEntry("custom_fields", Map.of("last_seen", "2025-03-04"));
        assertDependenciesComeFirst(plan);
    }

    @Test
    void aMissingSiteIsABlockingProblemNamingTheKeyUnlessCreateMissing() {
        Host h = host("web05", "10.0.1.5");
        PushInventory inv = inventory(true, List.of(), List.of(), List.of(), Map.of());

        PushPlan refused = PushPlanner.plan(List.of(approved(h)), inv, settings(false, Optional.of("branch")), Set.of());
        assertThat(refused.actions()).isEmpty();
        assertThat(refused.problems()).anyMatch(p -> p.blocking() && p.subject().equals("netbox.defaults.site")
                && p.message().contains("\"branch\"") && p.message().contains("netbox.create-missing = true"));

        PushPlan unset = PushPlanner.plan(List.of(approved(h)), inv, settings(false, Optional.empty()), Set.of());
        assertThat(unset.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("netbox.defaults.site"));

        PushPlan created = PushPlanner.plan(List.of(approved(h)), inv, settings(true, Optional.of("Branch Office")),
                Set.of());
        assertThat(created.actions().getFirst().summary()).isEqualTo("create site Branch Office");
        assertThat(created.actions().getFirst().after()).containsEntry("slug", "branch-office");
        assertThat(created.actions().get(1).dependsOn()).contains("site:branch-office");
    }

    @Test
    void interfacesTheDeviceTypeCreatesAreFoundNotCreatedAgain() {
        PushPlan plan = PushPlanner.plan(List.of(approved(host("web05", "10.0.1.5"))),
                inventory(true, List.of(), List.of(), List.of(), Map.of(3L, List.of("eno1", "eno2"))),
                settings(false, Optional.of("hq")), Set.of());

        assertThat(plan.actions()).filteredOn(a -> a.type() == NbType.INTERFACE && a.verb() != ActionVerb.UPDATE)
                .singleElement().satisfies(a -> {
                    assertThat(a.verb()).isEqualTo(ActionVerb.FIND);
                    assertThat(a.after()).containsEntry("name", "eno1");
                });
    }

    @Test
    void aHostAlreadyInNetBoxAsDiscoveredPlansNoWriteAndAMissingTagOneUpdate() {
        PushInventory.Mac mac = new PushInventory.Mac(9, MAC, Optional.of(new ObjectRef.Existing(NbType.INTERFACE, 7)));
        PushInventory.Interface eth0 = new PushInventory.Interface(7, "eth0", List.of(mac), Optional.of(9L),
                Optional.of(30L), Optional.of("sw1 Gi1/0/5"));
        PushInventory.Ip ip = new PushInventory.Ip(11, "10.0.1.5/22", Optional.of(new ObjectRef.Existing(NbType.INTERFACE, 7)));
        PushInventory.Machine tagged = new PushInventory.Machine(NbType.DEVICE, 6, "web05", Optional.of(1L), "active",
                Optional.of(11L), Set.of("netbox-auto"), Optional.of("2025-03-04"), List.of(eth0), "http://nb/dcim/devices/6/");
        PushInventory.SwitchPort port = new PushInventory.SwitchPort(40, "sw1", "Gi1/0/5", Optional.of(30L));

        PushPlan same = PushPlanner.plan(List.of(approved(host("web05", "10.0.1.5"))),
                inventory(true, List.of(tagged), List.of(ip), List.of(port), Map.of()), settings(false, Optional.of("hq")),
                Set.of());
        assertThat(same.writes()).as(same.actions().toString()).isZero();
        assertThat(same.problems()).isEmpty();

        PushInventory.Machine untagged = new PushInventory.Machine(NbType.DEVICE, 6, "web05", Optional.of(1L), "active",
                Optional.of(11L), Set.of("core"), Optional.of("2025-03-04"), List.of(eth0), "http://nb/dcim/devices/6/");
        PushPlan tag = PushPlanner.plan(List.of(approved(host("web05", "10.0.1.5"))),
                inventory(true, List.of(untagged), List.of(ip), List.of(port), Map.of()),
                settings(false, Optional.of("hq")), Set.of());
        assertThat(tag.actions()).singleElement().satisfies(a -> {
            assertThat(a.verb()).isEqualTo(ActionVerb.UPDATE);
            assertThat(a.before()).containsEntry("tags", List.of("core"));
            assertThat(a.after()).containsEntry("tags", List.of(Map.of("slug", "core"), Map.of("slug", "netbox-auto")));
        });
    }

    @Test
    void anIpHeldByAnotherObjectIsLeftThereAndSaid() {
        PushInventory.Ip elsewhere = new PushInventory.Ip(11, "10.0.1.5/24",
                Optional.of(new ObjectRef.Existing(NbType.INTERFACE, 99)));
        PushPlan plan = PushPlanner.plan(List.of(approved(Hosts.host("02:00:00:00:00:06", "cam", "10.0.1.5"))),
                inventory(true, List.of(), List.of(elsewhere), List.of(), Map.of()), settings(false, Optional.of("hq")),
                Set.of());

        assertThat(plan.actions()).noneMatch(a -> a.type() == NbType.IP_ADDRESS || a.label().startsWith("primary IPv4"));
        assertThat(plan.problems()).singleElement().satisfies(p -> {
            assertThat(p.blocking()).isFalse();
            assertThat(p.message()).contains("10.0.1.5/24").contains("left there");
        });
    }

    @Test
    void twoHostsWantingOneNewNameInASiteAreReportedNotBothCreated() {
        PushPlan plan = PushPlanner.plan(List.of(approved(Hosts.host("02:00:00:00:00:06", "cam", "10.0.1.6")),
                approved(Hosts.host("02:00:00:00:00:07", "CAM", "10.0.1.7"))),
                inventory(true, List.of(), List.of(), List.of(), Map.of()), settings(false, Optional.of("hq")), Set.of());

        assertThat(plan.actions()).filteredOn(a -> a.type() == NbType.DEVICE && a.verb() == ActionVerb.CREATE).hasSize(1);
        assertThat(plan.problems()).anyMatch(p -> p.blocking() && p.message().contains("same name"));
    }

    @Test
    void beforeMacObjectsTheMacIsWrittenOnTheInterface() {
        PushPlan plan = PushPlanner.plan(List.of(approved(Hosts.host("02:00:00:00:00:06", "cam", "10.0.1.6"))),
                inventory(false, List.of(), List.of(), List.of(), Map.of()), settings(false, Optional.of("hq")), Set.of());

        assertThat(plan.actions()).noneMatch(a -> a.type() == NbType.MAC_ADDRESS);
        assertThat(plan.actions()).filteredOn(a -> a.type() == NbType.INTERFACE).singleElement()
                .satisfies(a -> assertThat(a.after()).containsEntry("mac_address", "02:00:00:00:00:06"));
    }

    @Test
    void onlyPickedObjectsAreRemovedCablesFirst() {
        PushInventory.Interface eth0 = new PushInventory.Interface(7, "eth0", List.of(), Optional.empty(),
                Optional.of(30L), Optional.of("sw1 Gi1/0/9"));
        PushInventory.Machine old = new PushInventory.Machine(NbType.DEVICE, 6, "old-pc", Optional.of(1L), "active",
                Optional.empty(), Set.of("netbox-auto"), Optional.empty(), List.of(eth0), "http://nb/dcim/devices/6/");
        PushInventory inv = inventory(true, List.of(old), List.of(), List.of(), Map.of());

        PushPlan offered = PushPlanner.plan(List.of(), inv, settings(false, Optional.of("hq")), Set.of());
        assertThat(offered.actions()).isEmpty();
        assertThat(offered.removable()).singleElement().satisfies(r -> assertThat(r.name()).isEqualTo("old-pc"));

        PushPlan removing = PushPlanner.plan(List.of(), inv, settings(false, Optional.of("hq")),
                Set.of(new ObjectRef.Existing(NbType.DEVICE, 6)));
        assertThat(removing.actions()).extracting(PushAction::summary)
                .containsExactly("delete cable #30 of old-pc eth0", "delete device old-pc");
    }

    @Test
    void newDevicesLandInsideTheScopeOrAreHeldBack() {
        Map<NbType, List<PushInventory.Named>> named = new HashMap<>(catalog());
        named.put(NbType.SITE, List.of(new PushInventory.Named(1, "HQ", "hq"), new PushInventory.Named(8, "Lab", "lab")));
        named.put(NbType.TAG, List.of(new PushInventory.Named(5, "netbox-auto", "netbox-auto"),
                new PushInventory.Named(6, "Managed", "managed")));
        named.put(NbType.TENANT, List.of(new PushInventory.Named(9, "Ops", "ops")));
        PushInventory inv = new PushInventory(true, named, List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of(), Map.of());
        PushSettings.Defaults d = settings(false, Optional.empty()).defaults();

        PushPlan inside = PushPlanner.plan(List.of(approved(host("web05", "10.0.1.5"))), inv, new PushSettings(
                "netbox-auto", false, d, Map.of(), Map.of(), new PushSettings.Scope(Optional.of("lab"),
                Optional.of("ops"), Optional.of("Managed"))), Set.of());
        assertThat(inside.actions().getFirst().after()).containsEntry("site", new ObjectRef.Existing(NbType.SITE, 8))
                .containsEntry("tenant", new ObjectRef.Existing(NbType.TENANT, 9))
                .containsEntry("tags", List.of(Map.of("slug", "managed"), Map.of("slug", "netbox-auto")));

        PushSettings.Defaults hq = settings(false, Optional.of("hq")).defaults();
        PushPlan outside = PushPlanner.plan(List.of(approved(host("web05", "10.0.1.5"))), inv, new PushSettings(
                "netbox-auto", false, hq, Map.of(), Map.of(), new PushSettings.Scope(Optional.of("lab"),
                Optional.empty(), Optional.empty())), Set.of());
        assertThat(outside.actions()).isEmpty();
        assertThat(outside.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("outside netbox.scope.site"));
    }

    static void assertDependenciesComeFirst(PushPlan plan) {
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        for (PushAction a : plan.actions()) {
            assertThat(seen).as("dependencies of %s", a.key()).containsAll(a.dependsOn());
            seen.add(a.key());
            order.add(a.key());
        }
        assertThat(order).doesNotHaveDuplicates();
    }
}
