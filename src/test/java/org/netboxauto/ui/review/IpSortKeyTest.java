package org.netboxauto.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.IpOrder;

class IpSortKeyTest {

    @Test
    void ordersExactlyAsTheCoreIpOrderNumericallyAndIpv4First() {
        List<String> ips = new ArrayList<>(List.of("10.0.0.10", "10.0.0.9", "10.0.0.100", "192.168.1.1", "9.255.0.1",
                "fe80::1", "2001:db8::a", "2001:db8::9", "not-an-ip", "255.255.255.255", "0.0.0.0"));
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            ips.add(random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                    + random.nextInt(256));
        }
        Collections.shuffle(ips, random);

        List<String> byKey = ips.stream().sorted((a, b) -> IpSortKey.of(a).compareTo(IpSortKey.of(b))).toList();

        assertThat(byKey).isEqualTo(ips.stream().sorted(IpOrder.LITERALS).toList());
        assertThat(byKey.stream().filter(ip -> ip.startsWith("10.0.0.") || ip.contains(":") || ip.startsWith("not"))
                .toList()).containsExactly("10.0.0.9", "10.0.0.10", "10.0.0.100", "2001:db8::9", "2001:db8::a",
                "fe80::1", "not-an-ip");
    }

    @Test
    void aHostIsSortedByItsLowestIpAndHostsWithoutOneComeLast() {
        assertThat(IpSortKey.of(List.of("10.0.0.20", "10.0.0.3")).text()).isEqualTo("10.0.0.3");
        assertThat(IpSortKey.of(List.of()).compareTo(IpSortKey.of("not-an-ip"))).isPositive();
    }
}
