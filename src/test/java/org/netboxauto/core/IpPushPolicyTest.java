package org.netboxauto.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IpPushPolicyTest {

    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");
    private static final MacAddress MAC = MacAddress.of("74:83:c2:36:5a:6e");
    private static final String EUI64 = "2001:db8:10:0:7683:c2ff:fe36:5a6e";
    private static final String PRIVACY = "2001:db8:10:0:3d1a:94c2:7b0e:51f6";

    @Test
    void globalAndUniqueLocalIpv6AndEveryIpv4ArePushedLinkLocalAndNoHostsAddressesNot() {
        assertThat(IpPushPolicy.pushes("2001:db8::5")).isTrue();
        assertThat(IpPushPolicy.pushes("fd12:3456::5")).isTrue();
        assertThat(IpPushPolicy.pushes("10.0.0.5")).isTrue();
        assertThat(IpPushPolicy.pushes("fe80::1")).isFalse();
        assertThat(IpPushPolicy.pushes("febf:ffff::1")).as("the top of fe80::/10").isFalse();
        assertThat(IpPushPolicy.pushes("fec0::1")).as("just past fe80::/10").isTrue();
        assertThat(IpPushPolicy.pushes("ff02::1")).isFalse();
        assertThat(IpPushPolicy.pushes("::1")).isFalse();
        assertThat(IpPushPolicy.pushes("::")).isFalse();
        assertThat(IpPushPolicy.pushes("not an address")).isFalse();
    }

    @Test
    void aHostsTemporaryAddressIsNotPushedButItsStableOneAndItsIpv4Are() {
        Host h = new Correlator(List.of(SourceKind.KEA, SourceKind.ROUTEROS)).correlate(List.of(
                new Observation("kea:dhcp", T1, MAC, List.of("10.0.0.5"), Optional.of("laptop")),
                neighbour(EUI64), neighbour(PRIVACY), neighbour("fe80::7683:c2ff:fe36:5a6e")), List.of(),
                Set.of("kea:dhcp", "routeros:core")).updated().getFirst();

        assertThat(h.ipValues()).containsExactlyInAnyOrder("10.0.0.5", EUI64, PRIVACY);
        assertThat(h.ips()).filteredOn(ip -> IpPushPolicy.pushes(h, ip)).extracting(Sourced::value)
                .containsExactlyInAnyOrder("10.0.0.5", EUI64);
        assertThat(IpPushPolicy.pushed(h)).containsExactlyInAnyOrder("10.0.0.5", EUI64);
    }

    private static Observation neighbour(String ip) {
        return new Observation("routeros:core", T1, MAC, List.of(ip), Optional.empty(), Optional.empty(),
                Map.of(Evidence.TABLE, "ipv6-neighbors"));
    }
}
