package org.netboxauto.discovery.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.ConfigLoader;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.RunStatus;
import org.netboxauto.discovery.ConfiguredCollectors;
import org.netboxauto.discovery.DiscoveryListener;
import org.netboxauto.discovery.DiscoveryOrchestrator;
import org.netboxauto.discovery.RunControl;
import org.netboxauto.service.DiscoveryReport;
import org.netboxauto.service.DiscoveryService;
import org.netboxauto.service.StagingStore;
import org.netboxauto.service.StoreAccess;
import org.netboxauto.store.MyBatisStagingStoreOpener;

/**
 * From the config file to the store: two switches (v2c and v3) read by a discovery run; hosts
 * carry the access port as located over both, and no host sits on the uplink to the polled core.
 */
class SnmpDiscoveryTest {

    @TempDir
    Path temp;

    @Test
    void aDiscoveryRunStoresHostsWithTheirAccessPort() throws Exception {
        try (SnmpSim sim = SnmpSim.start("discovery"); ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            AppConfig config = config("""
                    sources.snmp = [
                      { name = sg350x, host = "127.0.0.1", port = %1$d, version = v2c, community = "ciscosb_sg350x-24p" }
                      { name = CoreSwitch, host = "127.0.0.1", port = %1$d, version = v3, user = "%2$s",
                        auth-protocol = SHA-256, auth-password = "%3$s", priv-protocol = AES, priv-password = "%4$s",
                        context = procurve, per-vlan = off }
                    ]
                    """.formatted(sim.port(), SnmpSim.V3_USER, SnmpSim.V3_AUTH, SnmpSim.V3_PRIV));
            StoreAccess stores = new StoreAccess(new MyBatisStagingStoreOpener(), temp.resolve("data"));
            DiscoveryService service = new DiscoveryService(stores, new ConfiguredCollectors(), () -> org.netboxauto.core.VendorLookup.NONE,
                    new DiscoveryOrchestrator(pool, Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC)));

            DiscoveryReport report = service.discover(config, List.of(), new DiscoveryListener() { }, new RunControl());

            assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
            try (StagingStore store = stores.open(config.store())) {
                Map<MacAddress, Host> hosts = store.hosts().stream()
                        .collect(java.util.stream.Collectors.toMap(Host::mac, h -> h));
                assertThat(hosts.get(MacAddress.of("80:03:84:07:43:10")).port()).hasValueSatisfying(p -> {
                    assertThat(p.value()).isEqualTo(new PortLocation("sg350x", "gi1/0/16", Optional.of(1)));
                    assertThat(p.source()).isEqualTo("snmp:sg350x");
                });
                Host behindUplink = hosts.get(MacAddress.of("00:0c:29:21:9f:86"));
                assertThat(behindUplink).isNotNull();
                assertThat(behindUplink.port()).isEmpty();
                assertThat(behindUplink.evidence().get("snmp:sg350x").get("location"))
                        .contains("uplink: LLDP neighbour coreswitch is the polled switch CoreSwitch");
                assertThat(hosts.values()).filteredOn(h -> h.port().isPresent()).hasSizeGreaterThan(40)
                        .allSatisfy(h -> assertThat(h.port().orElseThrow().value().port()).isNotEqualTo("te1/0/1"));
            }
        }
    }

    private AppConfig config(String text) throws Exception {
        Path file = Files.writeString(temp.resolve("netbox-auto.conf"), text);
        AppDirectories dirs = new AppDirectories(temp.resolve("cfg"), temp.resolve("data"));
        return new ConfigLoader(new ConfigLocations(dirs, Map.of(), true)).load(Optional.of(file)).config()
                .orElseThrow();
    }
}
