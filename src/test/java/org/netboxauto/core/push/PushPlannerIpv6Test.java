package org.netboxauto.core.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netboxauto.core.push.PushPlannerTest.MAC;
import static org.netboxauto.core.push.PushPlannerTest.approved;
import static org.netboxauto.core.push.PushPlannerTest.catalog;
import static org.netboxauto.core.push.PushPlannerTest.settings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Host;
import org.netboxauto.core.compare.Hosts;

/** IPv6 in the plan: the prefix length NetBox's prefixes give, primary_ip6, one spelling per address, no link-local. */
class PushPlannerIpv6Test {

    private static final List<PushInventory.Prefix> PREFIXES = List.of(new PushInventory.Prefix("2001:db8::/32"),
            new PushInventory.Prefix("2001:db8:5::/56"), new PushInventory.Prefix("2001:db8:5:100::/64"),
            new PushInventory.Prefix("2001:db8:5::5/128"), new PushInventory.Prefix("10.0.0.0/22"));

    private static PushInventory inventory(List<PushInventory.Machine> machines, List<PushInventory.Ip> ips) {
        return new PushInventory(true, catalog(), machines, ips, List.of(), List.of(), PREFIXES,
                Map.of(), Map.of());
    }

    private static Host host(String... ips) {
        return Hosts.host(List.of(MAC), "web05", null, Map.of(), Set.of(), ips);
    }

    private static PushPlan plan(Host host, List<PushInventory.Machine> machines, List<PushInventory.Ip> ips) {
        return PushPlanner.plan(List.of(approved(host)), inventory(machines, ips), settings(false, Optional.of("hq")),
                Set.of());
    }

    private static List<String> created(PushPlan plan) {
        return plan.actions().stream().filter(a -> a.type() == NbType.IP_ADDRESS && a.verb() == ActionVerb.CREATE)
                .map(a -> (String) a.after().get("address")).toList();
    }

    @Test
    void eachGlobalAddressGetsTheLongestPrefixHoldingItOrSixtyFourAndLinkLocalNone() {
        PushPlan plan = plan(host("10.0.1.5", "2001:DB8:5:0:0:0:0:5", "fe80::1:2ff:fe00:5", "fd12:3456::5",
                "2001:db8:5:100::7"), List.of(), List.of());

        assertThat(created(plan)).containsExactly("10.0.1.5/22", "2001:db8:5::5/56", "fd12:3456::5/64",
                "2001:db8:5:100::7/64");
        assertThat(plan.actions()).extracting(PushAction::summary).contains("update primary IPv4 of web05",
                "update primary IPv6 of web05").noneMatch(s -> s.contains("fe80"));
        PushAction primary6 = plan.actions().stream().filter(a -> a.summary().equals("update primary IPv6 of web05"))
                .findFirst().orElseThrow();
        assertThat(primary6.stage()).isEqualTo(Stage.PRIMARY_IPS);
        assertThat(primary6.before()).containsEntry("primary_ip6", null);
        assertThat(primary6.after()).containsEntry("primary_ip6", new ObjectRef.Planned("ip:2001:db8:5::5"));
        assertThat(primary6.dependsOn()).contains("ip:2001:db8:5::5");
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void anAddressNetBoxHoldsUnderItsOwnSpellingIsTheSameAddressAndAPrimaryIsNeverReplaced() {
        PushInventory.Ip v6 = new PushInventory.Ip(11, "2001:db8:5::5/56",
                Optional.of(new ObjectRef.Existing(NbType.INTERFACE, 7)));
        PushInventory.Ip other = new PushInventory.Ip(12, "2001:db8:5::6/56",
                Optional.of(new ObjectRef.Existing(NbType.INTERFACE, 7)));
        PushInventory.Mac mac = new PushInventory.Mac(9, MAC, Optional.of(new ObjectRef.Existing(NbType.INTERFACE, 7)));
        PushInventory.Interface eth0 = new PushInventory.Interface(7, "eth0", List.of(mac), Optional.of(9L),
                Optional.empty(), Optional.empty());
        PushInventory.Machine withPrimary = new PushInventory.Machine(NbType.DEVICE, 6, "web05", Optional.of(1L),
                "active", Optional.empty(), Optional.of(12L), Set.of("netbox-auto"), Optional.empty(), List.of(eth0),
                "http://nb/dcim/devices/6/");

        PushPlan same = plan(host("2001:0db8:0005:0000:0000:0000:0000:0005"), List.of(withPrimary), List.of(v6, other));
        assertThat(same.writes()).as(same.actions().toString()).isZero();
        assertThat(same.problems()).isEmpty();

        PushInventory.Machine without = new PushInventory.Machine(NbType.DEVICE, 6, "web05", Optional.of(1L), "active",
                Optional.empty(), Set.of("netbox-auto"), Optional.empty(), List.of(eth0), "http://nb/dcim/devices/6/");
        PushPlan primary = plan(host("2001:db8:5:0::5"), List.of(without), List.of(v6));
        assertThat(primary.actions()).singleElement().satisfies(a -> {
            assertThat(a.summary()).isEqualTo("update primary IPv6 of web05");
            assertThat(a.after()).containsEntry("primary_ip6", new ObjectRef.Existing(NbType.IP_ADDRESS, 11));
        });
    }

    @Test
    void aNetworkIdNetBoxWouldRefuseOnAnInterfaceIsSaidNotSent() {
        PushPlan plan = plan(host("2001:db8:5:100::", "10.0.0.0", "10.0.3.255", "10.0.0.9"), List.of(), List.of());

        assertThat(created(plan)).containsExactly("10.0.0.9/22");
        assertThat(plan.problems()).extracting(PlanProblem::message)
                .anyMatch(m -> m.startsWith("is the network ID of its NetBox prefix /64"))
                .anyMatch(m -> m.startsWith("is the network ID of its NetBox prefix /22"))
                .anyMatch(m -> m.startsWith("is the broadcast address of its NetBox prefix /22"));
        assertThat(plan.problems()).noneMatch(PlanProblem::blocking);
    }

    @Test
    void aLinkLocalAddressMatchesNoNetBoxObject() {
        PushInventory.Ip routerLinkLocal = new PushInventory.Ip(21, "fe80::1/64",
                Optional.of(new ObjectRef.Existing(NbType.INTERFACE, 8)));
        PushInventory.Interface ge0 = new PushInventory.Interface(8, "ge-0/0/0", List.of(), Optional.empty(),
                Optional.empty(), Optional.empty());
        PushInventory.Machine router = new PushInventory.Machine(NbType.DEVICE, 7, "router", Optional.of(1L), "active",
                Optional.empty(), Set.of(), Optional.empty(), List.of(ge0), "http://nb/dcim/devices/7/");

        PushPlan plan = plan(host("fe80::1", "2001:db8:5::9"), List.of(router), List.of(routerLinkLocal));

        assertThat(plan.actions()).extracting(PushAction::summary).contains("create device web05")
                .noneMatch(s -> s.contains("router"));
        assertThat(created(plan)).containsExactly("2001:db8:5::9/56");
    }
}
