package org.netboxauto.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Sourced;

class GridFlagsTest {

    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void twoHostsHoldingOneIpAreBothInConflictAndAMacOnTwoHostsIsDuplicate() {
        Host a = host("00:11:22:33:44:01", List.of("00:11:22:33:44:01"), "10.0.0.5");
        Host b = host("00:11:22:33:44:02", List.of("00:11:22:33:44:02", "00:11:22:33:44:09"), "10.0.0.5");
        Host c = host("00:11:22:33:44:03", List.of("00:11:22:33:44:03", "00:11:22:33:44:09"), "10.0.0.6");
        Host d = host("00:11:22:33:44:04", List.of("00:11:22:33:44:04"), "10.0.0.7");

        GridFlags flags = GridFlags.of(List.of(a, b, c, d));

        assertThat(flags.ipConflicts()).containsExactlyInAnyOrder(a.mac(), b.mac());
        assertThat(flags.duplicateMacs()).containsExactlyInAnyOrder(b.mac(), c.mac());
    }

    private static Host host(String primary, List<String> macs, String ip) {
        return new Host(MacAddress.of(primary), macs.stream().map(MacAddress::of).toList(),
                List.of(new Sourced<>(ip, "routeros:core", AT)), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of("routeros:core"), AT, AT, Set.of(), Map.of());
    }
}
