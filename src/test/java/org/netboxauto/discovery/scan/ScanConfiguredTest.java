package org.netboxauto.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.ScanConfig;
import org.netboxauto.config.ScanConfig.Method;
import org.netboxauto.config.SourcesConfig;
import org.netboxauto.core.Cidr;
import org.netboxauto.discovery.Collector;
import org.netboxauto.discovery.ConfiguredCollectors;

class ScanConfiguredTest {

    private static ScanConfig scan(boolean enabled, String subnet, int rate) {
        return new ScanConfig(enabled, List.of(Cidr.parse(subnet)), List.of(), List.of(Method.values()),
                List.of(22, 443), rate, 2, Duration.ofSeconds(1), Optional.empty(), 16, false);
    }

    @Test
    void anEnabledScanIsOneCollectorNamedScan() {
        List<Collector> on = new ConfiguredCollectors().create(new SourcesConfig(List.of(), List.of(),
                scan(true, "192.168.1.0/24", 1000), List.of()));
        List<Collector> off = new ConfiguredCollectors().create(new SourcesConfig(List.of(), List.of(),
                scan(false, "192.168.1.0/24", 1000), List.of()));

        assertThat(on).singleElement().satisfies(c -> {
            assertThat(c.sourceId()).isEqualTo("scan");
            assertThat(c.configKey()).isEqualTo("sources.scan");
        });
        assertThat(off).isEmpty();
    }

    @Test
    void theTimeoutCoversEveryPassAtTheConfiguredRate() {
        Collector slash16 = new ScanCollector(scan(true, "10.0.0.0/16", 1000), "sources.scan");

        // 65,536 addresses × 3 passes × (2 ports + icmp) at 1,000 packets/s is over 9 minutes of sending
        assertThat(slash16.timeout()).isGreaterThan(Duration.ofMinutes(10));
    }
}
