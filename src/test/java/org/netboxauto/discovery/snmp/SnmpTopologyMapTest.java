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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.ConfigLoader;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.topology.NodeKind;
import org.netboxauto.core.topology.PanelPort;
import org.netboxauto.core.topology.PortUse;
import org.netboxauto.core.topology.SwitchReport;
import org.netboxauto.core.topology.Topology;
import org.netboxauto.core.topology.TopologyBuilder;
import org.netboxauto.discovery.ConfiguredCollectors;
import org.netboxauto.discovery.DiscoveryListener;
import org.netboxauto.discovery.DiscoveryOrchestrator;
import org.netboxauto.discovery.RunControl;
import org.netboxauto.service.DiscoveryService;
import org.netboxauto.service.HostEntry;
import org.netboxauto.service.HostService;
import org.netboxauto.service.StoreAccess;
import org.netboxauto.store.MyBatisStagingStoreOpener;

/**
 * The map from two recorded switches read over snmpsim: joined by their LLDP tables, with each switch's bridge
 * ports (and their link state) kept in the store, and the hosts located on the access ports.
 */
class SnmpTopologyMapTest {

    @TempDir
    Path temp;

    @Test
    void twoRecordedSwitchesAreJoinedAndTheirPortsShowWhatIsOnThem() throws Exception {
        try (SnmpSim sim = SnmpSim.start("discovery"); ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            AppConfig config = config("""
                    sources.snmp = [
                      { name = sg350x, host = "127.0.0.1", port = %1$d, version = v2c, community = "ciscosb_sg350x-24p" }
                      { name = CoreSwitch, host = "127.0.0.1", port = %1$d, version = v2c, community = procurve,
                        per-vlan = off }
                    ]
                    """.formatted(sim.port()));
            StoreAccess stores = new StoreAccess(new MyBatisStagingStoreOpener(), temp.resolve("data"));
            new DiscoveryService(stores, new ConfiguredCollectors(), () -> org.netboxauto.core.VendorLookup.NONE,
                    new DiscoveryOrchestrator(pool, Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC)))
                    .discover(config, List.of(), new DiscoveryListener() { }, new RunControl());
            HostService hosts = new HostService(stores);

            List<SwitchReport> reports = hosts.switchReports(config);
            Topology map = TopologyBuilder.of(reports, hosts.hosts(config.store()).stream().map(HostEntry::host)
                    .toList());

            assertThat(reports).extracting(SwitchReport::switchName).containsExactly("sg350x", "CoreSwitch");
            assertThat(reports.get(0).ports()).as("the bridge ports, with their link state").hasSizeGreaterThan(20)
                    .anyMatch(p -> p.up()).anyMatch(p -> !p.up());
            assertThat(map.nodes()).filteredOn(n -> n.kind() == NodeKind.SWITCH).hasSize(2);
            assertThat(map.edges()).anyMatch(e -> List.of(e.from(), e.to()).containsAll(
                    List.of("switch:sg350x", "switch:CoreSwitch")));
            Map<String, PanelPort> sg = map.panels().get("switch:sg350x").stream()
                    .collect(Collectors.toMap(PanelPort::name, p -> p));
            assertThat(sg.get("gi1/0/16").use()).isEqualTo(PortUse.HOST);
            assertThat(sg.get("gi1/0/16").hosts()).anyMatch(h -> h.mac().equals(MacAddress.of("80:03:84:07:43:10")));
            assertThat(sg.get("te1/0/1").use()).isEqualTo(PortUse.UPLINK);
            assertThat(sg.get("te1/0/1").neighbour()).contains("CoreSwitch");
            assertThat(sg.values()).extracting(PanelPort::use).contains(PortUse.EMPTY);
        }
    }

    private AppConfig config(String text) throws Exception {
        Path file = Files.writeString(temp.resolve("netbox-auto.conf"), text);
        AppDirectories dirs = new AppDirectories(temp.resolve("cfg"), temp.resolve("data"));
        return new ConfigLoader(new ConfigLocations(dirs, Map.of(), true)).load(Optional.of(file)).config()
                .orElseThrow();
    }
}
