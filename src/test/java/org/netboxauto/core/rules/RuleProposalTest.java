package org.netboxauto.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Review;
import org.netboxauto.core.ReviewState;
import org.netboxauto.core.Sourced;
import org.netboxauto.core.compare.Hosts;

class RuleProposalTest {

    private static Host vendor(Host h, String vendor) {
        return new Host(h.mac(), h.macs(), h.ips(), h.hostname(), h.port(),
                Optional.of(new Sourced<>(vendor, "routeros:core", h.lastSeen())), h.sources(), h.firstSeen(),
                h.lastSeen(), h.flags(), h.evidence());
    }

    private final Host vm1 = vendor(Hosts.host("bc:24:11:00:00:01", "vm-101", "10.20.0.11"), "Proxmox Server Solutions");
    private final Host vm2 = vendor(Hosts.host("bc:24:11:00:00:02", "vm-207", "10.20.0.12"), "Proxmox Server Solutions");
    private final Host vm3 = vendor(Hosts.host("bc:24:11:00:00:03", "VM-300", "10.20.1.13"), "Proxmox Server Solutions");
    private final Host nas = vendor(Hosts.host("00:11:32:00:00:04", "nas", "192.168.1.4"), "Synology");

    @Test
    void theSelectionsCommonVendorSourceSubnetAndNamePatternAreProposed() {
        RuleProposal two = RuleProposal.of(List.of(vm1, vm2));
        assertThat(two.vendor()).contains("Proxmox Server Solutions");
        assertThat(two.source()).contains("routeros:core");
        assertThat(two.subnet()).contains(Cidr.parse("10.20.0.0/24"));
        assertThat(two.hostname()).contains("vm-*");

        RuleProposal three = RuleProposal.of(List.of(vm1, vm2, vm3));
        assertThat(three.subnet()).as("two /24s: their /16").contains(Cidr.parse("10.20.0.0/16"));
        assertThat(three.hostname()).as("names compared without case").contains("vm-*");

        RuleProposal mixed = RuleProposal.of(List.of(vm1, nas));
        assertThat(mixed.vendor()).isEmpty();
        assertThat(mixed.subnet()).isEmpty();
        assertThat(mixed.hostname()).as("nothing in common but the source").isEmpty();
        assertThat(mixed.source()).contains("routeros:core");

        assertThat(RuleProposal.of(List.of(vm1)).hostname()).as("one host: its name without the number")
                .contains("vm-*");
    }

    @Test
    void theDryRunCountsOnlyUndecidedHostsNoEarlierRuleDecides() {
        RuleProposal proposal = RuleProposal.of(List.of(vm1, vm2));
        ReviewRule vms = new ReviewRule("vms", proposal.match(true, false, false, false, true),
                new RuleAction(Optional.of(ReviewState.APPROVED), Optional.empty(), Optional.empty(), Optional.empty()));
        List<Host> all = List.of(vm1, vm2, vm3, nas);
        assertThat(RuleProposal.wouldDecide(vms, ReviewRules.NONE, all, Map.of())).isEqualTo(3);

        Map<MacAddress, Review> decided = Map.of(vm2.mac(), new Review(vm2.mac(), ReviewState.REJECTED,
                Optional.empty(), Instant.parse("2026-12-01T00:00:00Z")));
        assertThat(RuleProposal.wouldDecide(vms, ReviewRules.NONE, all, decided)).as("a person decided on vm2")
                .isEqualTo(2);

        ReviewRule earlier = new ReviewRule("lab-1", new RuleMatch(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(Cidr.parse("10.20.1.0/24")), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                new RuleAction(Optional.of(ReviewState.REJECTED), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(RuleProposal.wouldDecide(vms, new ReviewRules(List.of(earlier)), all, decided))
                .as("vm3 is an earlier rule's").isEqualTo(1);
    }
}
