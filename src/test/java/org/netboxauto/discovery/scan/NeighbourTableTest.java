package org.netboxauto.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.MacAddress;

class NeighbourTableTest {

    @Test
    void keepsCompleteEntriesOnly() {
        // as Linux prints /proc/net/arp: complete (0x2), incomplete (0x0), permanent complete (0x6)
        List<String> lines = List.of(
                "IP address       HW type     Flags       HW address            Mask     Device",
                "10.231.7.10      0x1         0x2         02:5c:00:00:00:01     *        nbsab1-h",
                "10.231.7.11      0x1         0x0         00:00:00:00:00:00     *        nbsab1-h",
                "10.231.7.12      0x1         0x6         02:5c:00:00:00:03     *        nbsab1-h",
                "garbage line",
                "10.231.7.13      0x1         0x2         ff:ff:ff:ff:ff:ff     *        nbsab1-h");

        Map<Integer, Long> table = NeighbourTable.parse(lines);

        assertThat(table).containsOnlyKeys(ip("10.231.7.10"), ip("10.231.7.12"));
        assertThat(table.get(ip("10.231.7.10"))).isEqualTo(MacAddress.of("02:5c:00:00:00:01").bits());
    }

    private static int ip(String text) {
        return Ipv4.of(IpLiterals.parse(text));
    }
}
