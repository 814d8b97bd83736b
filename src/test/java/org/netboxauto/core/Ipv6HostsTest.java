package org.netboxauto.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** IPv6 addresses from collection to the host: canonical text, link-local as evidence, temporary ones flagged. */
class Ipv6HostsTest {

    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-02T10:00:00Z");
    private static final String ROUTER = "routeros:core";
    private static final String KEA = "kea:dhcp";
    private static final MacAddress MAC = MacAddress.of("74:83:c2:36:5a:6e");
    private static final String EUI64 = "2001:db8:10:0:7683:c2ff:fe36:5a6e";
    private static final String PRIVACY = "2001:db8:10:0:3d1a:94c2:7b0e:51f6";

    private final Correlator correlator = new Correlator(List.of(SourceKind.KEA, SourceKind.ROUTEROS));

    @Test
    void ipv6TextIsCompressedPerRfc5952AndLinkLocalBecomesEvidence() {
        Observation o = new Observation(ROUTER, T1, MAC, List.of("10.0.0.5", "2001:0DB8:0000:0000:0000:0000:0000:0001",
                "fe80::7683:c2ff:fe36:5a6e%bridge", "FE80::1", "2001:db8::1"), Optional.empty(), Optional.empty(),
                Map.of(Evidence.TABLE, "ipv6-neighbors"));

        assertThat(o.ips()).containsExactly("10.0.0.5", "2001:db8::1");
        assertThat(o.evidence()).containsEntry(Evidence.LINK_LOCAL, "fe80::1, fe80::7683:c2ff:fe36:5a6e");
        assertThat(new Observation(ROUTER, T1, MAC, o.ips(), Optional.empty(), Optional.empty(), o.evidence()))
                .as("decoding a stored observation changes nothing").isEqualTo(o);
    }

    @Test
    void rfc5952CompressesTheLongestZeroRunAndNeverASingleGroup() {
        assertThat(IpLiterals.canonical("2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(IpLiterals.canonical("2001:db8:0:1:1:1:1:1")).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(IpLiterals.canonical("2001:DB8:0:0:0:0:2:1")).isEqualTo("2001:db8::2:1");
        assertThat(IpLiterals.canonical("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(IpLiterals.canonical("192.168.1.10")).isEqualTo("192.168.1.10");
        assertThat(IpLiterals.canonical("not-an-ip")).isEqualTo("not-an-ip");
    }

    @Test
    void eui64AddressesNameTheirMac() {
        assertThat(Ipv6Addresses.parse(EUI64).flatMap(Ipv6Addresses::eui64Mac)).contains(MAC);
        assertThat(Ipv6Addresses.parse(PRIVACY).flatMap(Ipv6Addresses::eui64Mac)).isEmpty();
        assertThat(Ipv6Addresses.isLinkLocal("febf::1")).isTrue();
        assertThat(Ipv6Addresses.isLinkLocal("fec0::1")).isFalse();
        assertThat(Ipv6Addresses.isLinkLocal("fe8::1")).isFalse();
    }

    @Test
    void ipv6AddressesJoinTheHostByMacAndThePrivacyOneIsFlaggedNotPushed() {
        Host h = single(correlator.correlate(List.of(
                new Observation(KEA, T1, MAC, List.of("10.0.0.5"), Optional.of("laptop")),
                neighbour(MAC, "fe80::7683:c2ff:fe36:5a6e"),
                neighbour(MAC, EUI64),
                neighbour(MAC, PRIVACY)), List.of(), Set.of(KEA, ROUTER)));

        assertThat(h.ipValues()).containsExactly("10.0.0.5", PRIVACY, EUI64);
        assertThat(h.flags()).contains(HostFlag.TEMPORARY_IPV6);
        assertThat(TemporaryAddresses.of(h)).containsExactly(PRIVACY);
        assertThat(IpPushPolicy.pushed(h)).containsExactly("10.0.0.5", EUI64);
        assertThat(h.ipValues()).containsExactly("10.0.0.5", PRIVACY, EUI64);
        assertThat(h.evidence().get(ROUTER)).containsEntry(Evidence.LINK_LOCAL, "fe80::7683:c2ff:fe36:5a6e");
    }

    @Test
    void aLoneAddressThatIsNotEui64StaysPushable() {
        Host h = single(correlator.correlate(List.of(neighbour(MAC, PRIVACY)), List.of(), Set.of(ROUTER)));

        assertThat(h.flags()).doesNotContain(HostFlag.TEMPORARY_IPV6);
        assertThat(IpPushPolicy.pushed(h)).containsExactly(PRIVACY);
    }

    @Test
    void anAddressADhcpServerAssignedIsStableAndMakesTheOthersOnItsPrefixTemporary() {
        Observation lease = new Observation(KEA, T1, MAC, List.of("2001:db8:10::1:5"), Optional.empty(),
                Optional.empty(), Map.of(Evidence.TABLE, "dhcp6-leases", Evidence.STABLE_IPS, "2001:db8:10::1:5"));
        Host h = single(correlator.correlate(List.of(lease, neighbour(MAC, PRIVACY),
                neighbour(MAC, "2001:db8:99::77")), List.of(), Set.of(KEA, ROUTER)));

        assertThat(TemporaryAddresses.of(h)).containsExactly(PRIVACY);
        assertThat(IpPushPolicy.pushed(h)).containsExactly("2001:db8:10::1:5", "2001:db8:99::77");
    }

    @Test
    void anAddressTheSourceCallsTemporaryIsTemporaryEvenAlone() {
        Observation o = new Observation(ROUTER, T1, MAC, List.of(PRIVACY), Optional.empty(), Optional.empty(),
                Map.of(Evidence.TABLE, "ipv6-neighbors", Evidence.TEMPORARY_IPS, PRIVACY));
        Host h = single(correlator.correlate(List.of(o), List.of(), Set.of(ROUTER)));

        assertThat(h.flags()).contains(HostFlag.TEMPORARY_IPV6);
        assertThat(IpPushPolicy.pushed(h)).isEmpty();
    }

    @Test
    void aNewPrivacyAddressIsNoChangeOfTheHostButANewStableOneIs() {
        Host before = single(correlator.correlate(List.of(neighbour(MAC, EUI64), neighbour(MAC, PRIVACY)),
                List.of(), Set.of(ROUTER)));
        CorrelationResult rotated = correlator.correlate(List.of(neighbourAt(MAC, EUI64, T2),
                neighbourAt(MAC, "2001:db8:10:0:9e1:55aa:1234:abcd", T2)), List.of(before), Set.of(ROUTER));
        assertThat(rotated.changes()).isEmpty();

        CorrelationResult renumbered = correlator.correlate(
                List.of(neighbourAt(MAC, "2001:db8:20:0:7683:c2ff:fe36:5a6e", T2)), List.of(before), Set.of(ROUTER));
        assertThat(renumbered.changes()).singleElement().satisfies(c -> assertThat(c.fields())
                .extracting(HostChange.FieldChange::field).containsExactly("ip"));
    }

    @Test
    void aSubnetFilterPicksHostsByTheirIpv6Addresses() {
        Host h = single(correlator.correlate(List.of(neighbour(MAC, EUI64)), List.of(), Set.of(ROUTER)));
        Review review = Review.pending(MAC, T1);

        assertThat(filter("2001:db8:10::/64").matches(h, review)).isTrue();
        assertThat(filter("2001:db8:11::/64").matches(h, review)).isFalse();
        assertThat(filter("10.0.0.0/8").matches(h, review)).isFalse();
    }

    @Test
    void searchFindsAnIpv6AddressWrittenAnyWayAndALinkLocalOneInTheEvidence() {
        Host h = single(correlator.correlate(List.of(neighbour(MAC, EUI64),
                neighbour(MAC, "fe80::7683:c2ff:fe36:5a6e")), List.of(), Set.of(ROUTER)));
        Review review = Review.pending(MAC, T1);

        assertThat(search("2001:0DB8:0010:0000:7683:C2FF:FE36:5A6E").matches(h, review)).isTrue();
        assertThat(search("2001:db8:10:").matches(h, review)).isTrue();
        assertThat(search("fe80::7683:c2ff:fe36:5a6e%eth0").matches(h, review)).isTrue();
        assertThat(search("2001:db8:99::1").matches(h, review)).isFalse();
    }

    private static HostFilter search(String text) {
        return new HostFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(text));
    }

    private static HostFilter filter(String cidr) {
        return new HostFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Cidr.parse(cidr)),
                Optional.empty());
    }

    private static Observation neighbour(MacAddress mac, String ip) {
        return neighbourAt(mac, ip, T1);
    }

    private static Observation neighbourAt(MacAddress mac, String ip, Instant at) {
        return new Observation(ROUTER, at, mac, List.of(ip), Optional.empty(), Optional.empty(),
                Map.of(Evidence.TABLE, "ipv6-neighbors"));
    }

    private static Host single(CorrelationResult r) {
        assertThat(r.updated()).hasSize(1);
        return r.updated().getFirst();
    }
}
