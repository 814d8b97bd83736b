package org.netboxauto.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the IPv6 sweep reads from Linux and builds by hand, against text and numbers from RFCs and real output. */
class Ipv6ParsingTest {

    @Test
    void eui64AndTheSolicitedNodeGroupAreThoseOfRfc4291() {
        byte[] eui = Ipv6.eui64(Ipv6.bytes("2001:db8:1::"), 0x0050_56ab_cdefL);
        assertThat(Ipv6.text(eui)).isEqualTo("2001:db8:1:0:250:56ff:feab:cdef");
        assertThat(Ipv6.text(Ipv6.solicitedNode(eui))).isEqualTo("ff02::1:ffab:cdef");
        assertThat(Ipv6.multicastMac(Ipv6.solicitedNode(eui))).isEqualTo(0x3333_ffab_cdefL);
        assertThat(Ipv6.inPrefix(eui, Ipv6.bytes("2001:db8:1::"), 64)).isTrue();
        assertThat(Ipv6.inPrefix(eui, Ipv6.bytes("2001:db8:2::"), 63)).isFalse();
    }

    @Test
    void aBuiltSolicitationChecksumsToZeroAsAReceiverVerifiesIt() {
        byte[] source = Ipv6.bytes("fd00::1");
        byte[] target = Ipv6.bytes("fd00::a:10");
        byte[] frame = Icmp6Frames.solicitation(0x0200_0000_0001L, source, target);
        byte[] icmp = Arrays.copyOfRange(frame, 54, frame.length);

        assertThat(Icmp6Frames.checksum(source, Ipv6.solicitedNode(target), icmp)).isZero();
        assertThat(Arrays.copyOfRange(frame, 0, 6)).containsExactly(0x33, 0x33, 0xff, 0x0a, 0x00, 0x10);
    }

    @Test
    void tentativeFailedAndDeprecatedAddressesAreNotOursToSendFrom() {
        Map<String, List<Link6.Address>> usable = LocalIpv6Addresses.parse(List.of(
                "fd00000000000000000000000000000a 03 40 00 80     eth0",
                "fd00000000000000000000000000000b 03 40 00 c0     eth0",
                "fd00000000000000000000000000000c 03 40 00 a0     eth0",
                "fe80000000000000025056fffeabcdef 03 40 20 80     eth0",
                "garbage"));

        assertThat(usable.get("eth0")).extracting(a -> Ipv6.text(a.ip())).containsExactly("fd00::a",
                "fe80::250:56ff:feab:cdef");
        assertThat(usable.get("eth0").getFirst().prefix()).isEqualTo(64);
    }

    @Test
    void theNeighbourTableKeepsEntriesWithAMacOnly() {
        Map<ByteBuffer, Long> table = Ipv6NeighbourTable.parse(List.of(
                "fd00::a:10 lladdr 02:5c:00:00:00:01 STALE",
                "fd00::a:11 lladdr 02:5c:00:00:00:02 router REACHABLE",
                "fd00::a:12 INCOMPLETE",
                "fd00::a:13 lladdr 02:5c:00:00:00:03 FAILED",
                "10.0.0.1 lladdr 02:5c:00:00:00:04 STALE"));

        assertThat(table).containsOnlyKeys(ByteBuffer.wrap(Ipv6.bytes("fd00::a:10")),
                ByteBuffer.wrap(Ipv6.bytes("fd00::a:11")));
        assertThat(table.get(ByteBuffer.wrap(Ipv6.bytes("fd00::a:11")))).isEqualTo(0x025c_0000_0002L);
    }
}
