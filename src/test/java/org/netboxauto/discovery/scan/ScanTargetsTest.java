package org.netboxauto.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.IpLiterals;

class ScanTargetsTest {

    private static Ipv4Range range(String cidr) {
        return Ipv4Range.of(Cidr.parse(cidr));
    }

    private static int ip(String text) {
        return Ipv4.of(IpLiterals.parse(text));
    }

    private static List<String> all(ScanTargets t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(Ipv4.text(t.ipAt(i)));
        }
        return out;
    }

    @Test
    void leavesOutNetworkBroadcastAndExcludedAddresses() {
        ScanTargets t = ScanTargets.of(List.of(range("10.0.0.0/29")),
                List.of(range("10.0.0.3/32"), range("10.0.0.4/31")));

        assertThat(all(t)).containsExactly("10.0.0.1", "10.0.0.2", "10.0.0.6");
        assertThat(t.contains(ip("10.0.0.0"))).isFalse();
        assertThat(t.contains(ip("10.0.0.7"))).isFalse();
        assertThat(t.contains(ip("10.0.0.3"))).isFalse();
        assertThat(t.indexOf(ip("10.0.0.6"))).isEqualTo(2);
    }

    @Test
    void overlappingSubnetsAreProbedOnce() {
        ScanTargets t = ScanTargets.of(List.of(range("10.0.0.0/24"), range("10.0.0.128/25"),
                range("192.168.1.0/30")), List.of());

        assertThat(t.size()).isEqualTo(254 + 2);
        assertThat(Ipv4.text(t.ipAt(254))).isEqualTo("192.168.1.1");
        assertThat(t.indexOf(ip("192.168.1.2"))).isEqualTo(255);
        assertThat(t.contains(ip("10.0.1.1"))).isFalse();
    }

    @Test
    void aSlash16IsHeldAsOneRange() {
        ScanTargets t = ScanTargets.of(List.of(range("172.16.0.0/16")), List.of(range("172.16.7.0/24")));

        assertThat(t.size()).isEqualTo(65_534 - 256);
        for (int i = 0; i < t.size(); i += 997) {
            assertThat(t.indexOf(t.ipAt(i))).isEqualTo(i);
        }
        assertThat(t.contains(ip("172.16.7.9"))).isFalse();
        assertThat(t.contains(ip("172.17.0.1"))).isFalse();
    }

    @Test
    void slash31And32KeepEveryAddress() {
        assertThat(all(ScanTargets.of(List.of(range("10.9.9.0/31"), range("10.9.9.5/32")), List.of())))
                .containsExactly("10.9.9.0", "10.9.9.1", "10.9.9.5");
    }
}
