package org.netboxauto.core.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netboxauto.core.push.PushPlannerTest.approved;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.compare.Hosts;

/** {@code netbox.sites}: each host's site, location, tenant and VRF from the first rule it satisfies. */
class SitePlanTest {

    private static final List<SiteRule> RULES = List.of(
            SiteRule.bySubnet("netbox.sites[0]", "10.1.0.0/16", "branch1").withLocation("floor-2").withTenant("acme")
                    .withVrf("blue"),
            SiteRule.bySubnet("netbox.sites[1]", "10.2.0.0/16", "Branch 2").withVrf("red"),
            new SiteRule("netbox.sites[2]", Optional.of("kea:branch3"), Optional.empty(), Optional.empty(), "branch2",
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
            new SiteRule("netbox.sites[3]", Optional.empty(), Optional.empty(), Optional.of("sw-b2"), "branch2",
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));

    private static Map<NbType, List<PushInventory.Named>> catalog() {
        Map<NbType, List<PushInventory.Named>> named = new HashMap<>(PushPlannerTest.catalog());
        named.put(NbType.SITE, List.of(new PushInventory.Named(1, "HQ", "hq"),
                new PushInventory.Named(10, "Branch 1", "branch1"), new PushInventory.Named(11, "Branch 2", "branch2")));
        named.put(NbType.VRF, List.of(new PushInventory.Named(20, "blue", ""), new PushInventory.Named(21, "red", "")));
        named.put(NbType.TENANT, List.of(new PushInventory.Named(30, "ACME", "acme")));
        named.put(NbType.VLAN_GROUP, List.of(new PushInventory.Named(50, "Campus", "campus"),
                new PushInventory.Named(51, "Branch VLANs", "branch-vlans")));
        return named;
    }

    private static PushInventory inventory(List<PushInventory.Machine> machines) {
        return inventory(machines, List.of());
    }

    private static PushInventory inventory(List<PushInventory.Machine> machines, List<PushInventory.Vlan> vlans) {
        // the global /16 and red's /25 hold 10.1.0.5 too, but only blue's /24 is of its VRF; blue's /26 holds
        // the global 10.7.0.5, which gets the default length
        List<PushInventory.Prefix> prefixes = List.of(new PushInventory.Prefix("10.1.0.0/24", Optional.of(20L)),
                new PushInventory.Prefix("10.1.0.0/25", Optional.of(21L)), new PushInventory.Prefix("10.1.0.0/16"),
                new PushInventory.Prefix("10.7.0.0/26", Optional.of(20L)),
                new PushInventory.Prefix("10.2.0.0/22", Optional.of(21L)));
        List<PushInventory.Location> locations = List.of(new PushInventory.Location(40, "Floor 2", "floor-2", 11),
                new PushInventory.Location(41, "Floor 2", "floor-2", 10));
        return new PushInventory(true, catalog(), machines, List.of(), List.of(), List.of(), prefixes, Map.of(),
                Map.of(), vlans, new PushInventory.Places(locations, Map.of()));
    }

    private static Host host(int n, String name, String switchName, List<String> sources, String... ips) {
        Host h = Hosts.host(List.of(MacAddress.of(String.format("02:00:00:00:01:%02x", n))), name,
                switchName == null ? null : new PortLocation(switchName, "Gi1/0/" + n, Optional.empty()), Map.of(),
                Set.of(), ips);
        return new Host(h.mac(), h.macs(), h.ips(), h.hostname(), h.port(), h.vendor(), sources, h.firstSeen(),
                h.lastSeen(), h.flags(), h.evidence());
    }

    private static PushPlan plan(List<SiteRule> rules, List<PushInventory.Machine> machines, Host... hosts) {
        PushSettings settings = PushPlannerTest.settings(false, Optional.of("hq")).withSites(rules);
        return PushPlanner.plan(java.util.Arrays.stream(hosts).map(PushPlannerTest::approved).toList(),
                inventory(machines), settings, Set.of());
    }

    private static PushAction created(PushPlan plan, NbType type, String summaryPart) {
        return plan.actions().stream().filter(a -> a.type() == type && a.verb() == ActionVerb.CREATE
                && a.summary().contains(summaryPart)).findFirst().orElseThrow(() -> new AssertionError(
                "no " + type + " " + summaryPart + " in " + plan.actions()));
    }

    private static ObjectRef ref(NbType type, long id) {
        return new ObjectRef.Existing(type, id);
    }

    @Test
    void twoSubnetsGoToTwoSitesEachWithItsVrfTenantLocationAndPrefixLength() {
        PushPlan plan = plan(RULES, List.of(), host(1, "b1-pc", null, List.of("routeros:core"), "10.1.0.5"),
                host(2, "b2-pc", null, List.of("routeros:core"), "10.2.0.7"),
                host(3, "hq-pc", null, List.of("routeros:core"), "10.7.0.5"));

        assertThat(plan.problems()).isEmpty();
        PushAction b1 = created(plan, NbType.DEVICE, "b1-pc");
        assertThat(b1.after()).containsEntry("site", ref(NbType.SITE, 10)).containsEntry("location",
                ref(NbType.LOCATION, 41)).containsEntry("tenant", ref(NbType.TENANT, 30));
        assertThat(created(plan, NbType.IP_ADDRESS, "b1-pc").after()).containsEntry("address", "10.1.0.5/24")
                .containsEntry("vrf", ref(NbType.VRF, 20)).containsEntry("tenant", ref(NbType.TENANT, 30));
        assertThat(created(plan, NbType.DEVICE, "b2-pc").after()).containsEntry("site", ref(NbType.SITE, 11))
                .doesNotContainKeys("location", "tenant");
        assertThat(created(plan, NbType.IP_ADDRESS, "b2-pc").after()).containsEntry("address", "10.2.0.7/22")
                .containsEntry("vrf", ref(NbType.VRF, 21));
        assertThat(created(plan, NbType.DEVICE, "hq-pc").after()).containsEntry("site", ref(NbType.SITE, 1));
        assertThat(created(plan, NbType.IP_ADDRESS, "hq-pc").after()).containsEntry("address", "10.7.0.5/24")
                .doesNotContainKeys("vrf", "tenant");
    }

    @Test
    void aRuleBySourceOrBySwitchTakesItsHostsAndTheFirstRuleAHostSatisfiesWins() {
        PushPlan plan = plan(RULES, List.of(), host(4, "leased", null, List.of("kea:branch3"), "10.9.0.5"),
                host(5, "plugged", "sw-b2", List.of("snmp:sw-b2"), "10.8.0.5"),
                host(6, "both", null, List.of("kea:branch3"), "10.1.0.9"),
                host(7, "elsewhere", "sw-hq", List.of("snmp:sw-hq"), "10.8.0.6"));

        assertThat(plan.problems()).noneMatch(PlanProblem::blocking);
        assertThat(created(plan, NbType.DEVICE, "leased").after()).containsEntry("site", ref(NbType.SITE, 11));
        assertThat(created(plan, NbType.IP_ADDRESS, "leased").after()).doesNotContainKey("vrf");
        assertThat(created(plan, NbType.DEVICE, "plugged").after()).containsEntry("site", ref(NbType.SITE, 11));
        assertThat(created(plan, NbType.DEVICE, "both").after()).containsEntry("site", ref(NbType.SITE, 10));
        assertThat(created(plan, NbType.DEVICE, "elsewhere").after()).containsEntry("site", ref(NbType.SITE, 1));
    }

    @Test
    void aRuleWhoseCriteriaDoNotAllHoldTakesNoHost() {
        SiteRule both = new SiteRule("netbox.sites[0]", Optional.of("kea:branch3"),
                Optional.of(Cidr.parse("10.1.0.0/16")), Optional.empty(), "branch1", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        PushPlan plan = plan(List.of(both), List.of(), host(8, "kea-only", null, List.of("kea:branch3"), "10.9.0.8"),
                host(9, "kea-and-subnet", null, List.of("kea:branch3"), "10.1.0.8"));

        assertThat(created(plan, NbType.DEVICE, "kea-only").after()).containsEntry("site", ref(NbType.SITE, 1));
        assertThat(created(plan, NbType.DEVICE, "kea-and-subnet").after()).containsEntry("site", ref(NbType.SITE, 10));
    }

    @Test
    void whatARuleNamesAndNetBoxLacksIsAProblemNamingTheKeyNeverARequest() {
        List<SiteRule> rules = List.of(SiteRule.bySubnet("netbox.sites[0]", "10.1.0.0/16", "branch1").withVrf("green"),
                SiteRule.bySubnet("netbox.sites[1]", "10.2.0.0/16", "branch9"),
                SiteRule.bySubnet("netbox.sites[2]", "10.3.0.0/16", "hq").withLocation("floor-2"));
        PushPlan plan = plan(rules, List.of(), host(1, "b1-pc", null, List.of("routeros:core"), "10.1.0.5"),
                host(2, "b9-pc", null, List.of("routeros:core"), "10.2.0.5"),
                host(3, "hq-pc", null, List.of("routeros:core"), "10.3.0.5"));

        assertThat(plan.actions()).noneMatch(a -> a.type() == NbType.DEVICE || a.type() == NbType.IP_ADDRESS
                || a.type() == NbType.SITE || a.type() == NbType.VRF);
        assertThat(plan.problems()).extracting(p -> p.subject() + ": " + p.message())
                .anySatisfy(m -> assertThat(m).startsWith("netbox.sites[0].vrf: NetBox has no VRF with name \"green\""))
                .anySatisfy(m -> assertThat(m).startsWith("netbox.sites[1].site: NetBox has no site").contains("branch9"))
                .anySatisfy(m -> assertThat(m).startsWith("netbox.sites[2].location: NetBox has no location")
                        .contains("in site HQ"));
    }

    @Test
    void anExistingDeviceInAnotherSiteIsNotMovedAndThePlanSaysSo() {
        PushInventory.Machine old = new PushInventory.Machine(NbType.DEVICE, 6, "b1-pc", Optional.of(1L), "active",
                Optional.empty(), Set.of("netbox-auto"), Optional.empty(), List.of(), "http://nb/dcim/devices/6/");
        PushPlan plan = plan(RULES, List.of(old), host(1, "b1-pc", null, List.of("routeros:core"), "10.1.0.5"));

        assertThat(plan.actions()).noneMatch(a -> a.type() == NbType.DEVICE && a.after().containsKey("site"));
        assertThat(plan.actions()).anySatisfy(a -> assertThat(a.after()).containsEntry("vrf", ref(NbType.VRF, 20)));
        assertThat(plan.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("site HQ").contains("netbox.sites[0]").contains("Branch 1")
                    .contains("left where it is");
            assertThat(p.blocking()).isFalse();
        });
    }

    @Test
    void aRulesVlanGroupReplacesTheGlobalOneForItsHosts() {
        SiteRule branch = new SiteRule("netbox.sites[0]", Optional.empty(), Optional.of(Cidr.parse("10.1.0.0/16")),
                Optional.empty(), "branch1", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("branch-vlans"));
        PushSettings.Defaults d = PushPlannerTest.settings(false, Optional.of("hq")).defaults();
        PushSettings settings = new PushSettings("netbox-auto", false, d, Map.of(), Map.of(), PushSettings.Scope.ALL,
                false, Optional.of("campus"), List.of(branch));
        List<PushInventory.Vlan> vlans = List.of(new PushInventory.Vlan(60, 10, "users", Optional.of(50L),
                Optional.empty()), new PushInventory.Vlan(61, 10, "branch users", Optional.of(51L), Optional.empty()));
        Host inBranch = vm(11, "branch-vm", "10.1.0.11");
        Host atHq = vm(12, "hq-vm", "10.7.0.12");

        PushPlan plan = PushPlanner.plan(List.of(approved(inBranch), approved(atHq)), inventory(List.of(), vlans),
                settings, Set.of());

        assertThat(plan.problems()).noneMatch(PlanProblem::blocking);
        assertThat(untagged(plan, "branch-vm")).isEqualTo(ref(NbType.VLAN, 61));
        assertThat(untagged(plan, "hq-vm")).isEqualTo(ref(NbType.VLAN, 60));
    }

    private static Host vm(int n, String name, String ip) {
        String mac = String.format("bc:24:11:00:02:%02x", n);
        return Hosts.host(List.of(MacAddress.of(mac)), name, null, Map.of("proxmox:pve", Map.of("vmid", "1" + n,
                "node", "pve1", "nic", "net0", "status", "running", "nic-vlan", mac + "=10")), Set.of(), ip);
    }

    private static Object untagged(PushPlan plan, String name) {
        return plan.actions().stream().filter(a -> a.summary().contains(name) && a.after().containsKey("untagged_vlan"))
                .map(a -> a.after().get("untagged_vlan")).findFirst()
                .orElseThrow(() -> new AssertionError("no VLAN for " + name + " in " + plan.actions()));
    }
}
