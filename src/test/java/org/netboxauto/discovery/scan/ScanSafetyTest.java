package org.netboxauto.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.ScanConfig;
import org.netboxauto.config.ScanConfig.Method;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.discovery.CollectorException;

/** The plan refuses what the config check would, again, right before anything is sent. */
class ScanSafetyTest {

    private static final RawAccess RAW = Optional::empty;
    private static final Link LAN = new Link("lan0", Ipv4.of(IpLiterals.parse("192.168.5.2")), 24, 0x025c00000001L);

    private static ScanConfig config(String subnet, boolean allowPublic, Optional<String> nic) {
        return new ScanConfig(true, List.of(Cidr.parse(subnet)), List.of(), List.of(Method.values()),
                List.of(22), 1000, 1, Duration.ofSeconds(1), nic, 16, allowPublic);
    }

    @Test
    void refusesAPublicRangeUnlessAllowed() throws Exception {
        assertThatThrownBy(() -> ScanPlan.of(config("8.8.8.0/24", false, Optional.empty()), "sources.scan", RAW,
                List.of(LAN)))
                .isInstanceOf(CollectorException.class)
                .hasMessageContaining("sources.scan.subnets: 8.8.8.0/24 is a public range")
                .hasMessageContaining("sources.scan.allow-public = true");

        assertThat(ScanPlan.of(config("8.8.8.0/24", true, Optional.empty()), "sources.scan", RAW, List.of(LAN))
                .mode()).contains("unprivileged");
    }

    @Test
    void refusesARangeWiderThanMaxPrefix() {
        assertThatThrownBy(() -> ScanPlan.of(config("10.0.0.0/15", false, Optional.empty()), "sources.scan", RAW,
                List.of(LAN)))
                .hasMessageContaining("10.0.0.0/15 is wider than /16").hasMessageContaining("sources.scan.max-prefix");
    }

    @Test
    void namesAMissingInterfaceAndTheOnesThatExist() {
        assertThatThrownBy(() -> ScanPlan.of(config("192.168.5.0/24", false, Optional.of("eth9")), "sources.scan",
                RAW, List.of(LAN)))
                .hasMessageContaining("sources.scan.interface: \"eth9\"").hasMessageContaining("[lan0]");
    }

    @Test
    void saysWhichModeAndWhy() throws Exception {
        ScanPlan attached = ScanPlan.of(config("192.168.5.0/24", false, Optional.empty()), "sources.scan", RAW,
                List.of(LAN));
        ScanPlan routed = ScanPlan.of(config("192.168.9.0/24", false, Optional.empty()), "sources.scan", RAW,
                List.of(LAN));
        ScanPlan noRaw = ScanPlan.of(config("192.168.5.0/24", false, Optional.empty()), "sources.scan",
                () -> Optional.of("not root and without CAP_NET_RAW"), List.of(LAN));

        assertThat(attached.mode()).isEqualTo("privileged ARP on lan0 for 192.168.5.0/24");
        assertThat(routed.mode()).startsWith("unprivileged ICMP echo and TCP connect to ports [22]")
                .endsWith("(not directly attached to any interface)");
        assertThat(noRaw.mode()).endsWith("(not root and without CAP_NET_RAW)");
    }
}
