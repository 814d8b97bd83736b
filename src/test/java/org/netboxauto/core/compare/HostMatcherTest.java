package org.netboxauto.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netboxauto.core.compare.Hosts.device;
import static org.netboxauto.core.compare.Hosts.host;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Host;

class HostMatcherTest {

    @Test
    void matchesByMacFirstEvenWhenIpAndNamePointElsewhere() {
        NetBoxHost byMac = device(1, "alpha", "52:54:00:00:00:01", "10.0.0.1/24");
        NetBoxHost byIpAndName = device(2, "beta", "52:54:00:00:00:02", "10.0.0.2/24");

        Comparison row = only(List.of(host("52:54:00:00:00:01", "beta", "10.0.0.2")), List.of(byMac, byIpAndName),
                Outcome.DIFFERENT);

        assertThat(row.netbox()).contains(byMac);
        assertThat(row.basis()).contains(MatchBasis.MAC);
    }

    @Test
    void pairingAloneGivesTheSameRowsWithoutTheirDifferences() {
        NetBoxHost byMac = device(1, "alpha", "52:54:00:00:00:01", "10.0.0.1/24");
        NetBoxHost ambiguous = device(2, "gamma", "52:54:00:00:00:03");
        NetBoxHost alsoAmbiguous = device(3, "delta", "52:54:00:00:00:03");
        NetBoxHost unmatched = device(4, "epsilon", "52:54:00:00:00:04");
        List<Host> hosts = List.of(host("52:54:00:00:00:01", "beta", "10.0.0.2"), host("52:54:00:00:00:03", "gamma"),
                host("02:00:00:00:00:0a", "zeta"));
        HostMatcher matcher = new HostMatcher(List.of(byMac, ambiguous, alsoAmbiguous, unmatched));

        List<Comparison> compared = matcher.compare(hosts, new HostDiffer());
        List<Comparison> paired = matcher.pair(hosts);

        assertThat(compared.getFirst().outcome()).isEqualTo(Outcome.DIFFERENT);
        assertThat(paired.getFirst().outcome()).isEqualTo(Outcome.SAME);
        assertThat(paired.getFirst().diffs()).isEmpty();
        assertThat(paired).extracting(Comparison::outcome).containsExactly(Outcome.SAME, Outcome.AMBIGUOUS,
                Outcome.ONLY_DISCOVERED, Outcome.ONLY_NETBOX);
        assertThat(paired).extracting(Comparison::netbox, Comparison::candidates, Comparison::basis)
                .isEqualTo(compared.stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.netbox(), c.candidates(),
                        c.basis())).toList());
    }

    @Test
    void fallsBackToIpWhateverTheMaskThenToNameWithoutDomainOrCase() {
        NetBoxHost a = device(1, "alpha", "52:54:00:00:00:01", "10.0.0.1/24");
        NetBoxHost b = device(2, "Beta", "52:54:00:00:00:02", "10.0.0.2/24");

        CompareResult result = CompareResult.of(List.of(host("02:00:00:00:00:0a", "x", "10.0.0.1"),
                host("02:00:00:00:00:0b", "beta.example.com")), List.of(a, b));

        assertThat(result.rows()).filteredOn(r -> r.netbox().equals(java.util.Optional.of(a)))
                .singleElement().satisfies(r -> assertThat(r.basis()).contains(MatchBasis.IP));
        assertThat(result.rows()).filteredOn(r -> r.netbox().equals(java.util.Optional.of(b)))
                .singleElement().satisfies(r -> assertThat(r.basis()).contains(MatchBasis.NAME));
    }

    @Test
    void aMacOnTwoObjectsIsAmbiguousNeverGuessed() {
        NetBoxHost a = device(1, "alpha", "52:54:00:00:00:01");
        NetBoxHost b = device(2, "beta", "52:54:00:00:00:01");

        CompareResult result = CompareResult.of(List.of(host("52:54:00:00:00:01", "alpha")), List.of(a, b));

        assertThat(result.rows()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.AMBIGUOUS);
            assertThat(r.candidates()).containsExactly(a, b);
            assertThat(r.reason().orElseThrow()).contains("52:54:00:00:00:01", "device alpha", "device beta");
        });
    }

    @Test
    void twoHostsClaimingOneObjectAreBothAmbiguous() {
        NetBoxHost a = device(1, "alpha", "52:54:00:00:00:01", "10.0.0.1/24");

        CompareResult result = CompareResult.of(List.of(host("02:00:00:00:00:0a", "alpha"),
                host("02:00:00:00:00:0b", "ALPHA")), List.of(a));

        assertThat(result.counts()).containsEntry(Outcome.AMBIGUOUS, 2).containsEntry(Outcome.ONLY_NETBOX, 0);
    }

    @Test
    void theStrongerClaimKeepsTheObjectAndTheWeakerIsAmbiguous() {
        NetBoxHost a = device(1, "alpha", "52:54:00:00:00:01", "10.0.0.1/24");

        CompareResult result = CompareResult.of(List.of(host("52:54:00:00:00:01", "alpha", "10.0.0.1"),
                host("02:00:00:00:00:0b", null, "10.0.0.1")), List.of(a));

        assertThat(result.counts()).containsEntry(Outcome.SAME, 1).containsEntry(Outcome.AMBIGUOUS, 1);
    }

    @Test
    void reportsHostsOnlyDiscoveredAndObjectsOnlyInNetBox() {
        NetBoxHost a = device(1, "alpha", "52:54:00:00:00:01");
        NetBoxHost lonely = device(2, "printer", "52:54:00:00:00:09");

        CompareResult result = CompareResult.of(List.of(host("52:54:00:00:00:01", "alpha"),
                host("02:00:00:00:00:0c", "newbie", "10.0.0.77")), List.of(a, lonely));

        assertThat(result.counts()).containsEntry(Outcome.SAME, 1).containsEntry(Outcome.ONLY_DISCOVERED, 1)
                .containsEntry(Outcome.ONLY_NETBOX, 1);
        assertThat(result.with(Outcome.ONLY_NETBOX).getFirst().netbox()).contains(lonely);
    }

    @Test
    void anUnnamedObjectNeverMatchesByName() {
        NetBoxHost unnamed = device(1, null, "52:54:00:00:00:01");

        CompareResult result = CompareResult.of(List.of(host("02:00:00:00:00:0a", "null")), List.of(unnamed));

        assertThat(result.counts()).containsEntry(Outcome.ONLY_DISCOVERED, 1).containsEntry(Outcome.ONLY_NETBOX, 1);
    }

    private static Comparison only(List<Host> hosts, List<NetBoxHost> objects, Outcome outcome) {
        return CompareResult.of(hosts, objects).rows().stream().filter(r -> r.outcome() == outcome)
                .findFirst().orElseThrow();
    }
}
