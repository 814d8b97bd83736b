package org.netboxauto.discovery.routeros;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netboxauto.core.topology.SwitchLink;
import org.netboxauto.core.topology.SwitchReport;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerTables;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;

/** A MikroTik switch (bridge hosts read) tells its identity, routerboard serial, MACs and neighbours. */
class RouterOsSwitchReportTest {

    @ParameterizedTest
    @EnumSource(value = PeerVersion.class, names = {"V6_43", "V7_18"})
    void aSwitchReportsItsSerialMacsAndNeighboursWithTheirPorts(PeerVersion version) throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(version))) {
            TestContext context = new TestContext();
            Sources.collector(Sources.api(peer.port())).collect(context);

            assertThat(context.reports()).singleElement().satisfies(r -> {
                assertThat(r.switchName()).isEqualTo("core-router");
                assertThat(r.configKey()).isEqualTo(Sources.KEY);
                assertThat(r.sysName()).contains("crs-lab");
                assertThat(r.serials()).containsExactly("HCT08XYZ4A1");
                assertThat(r.managementIps()).isEmpty();
                assertThat(r.chassisIds()).containsExactlyInAnyOrder("48:8f:5a:11:22:01", "48:8f:5a:11:22:03",
                        "48:8f:5a:11:22:19");
                assertThat(r.links()).containsExactlyInAnyOrder(
                        new SwitchLink("sfp-sfpplus1", "lldp", Set.of("00:1b:54:aa:00:01", "lab-core.example.net"),
                                Optional.of("Gi1/0/6"), Optional.empty(), Optional.of("10.9.0.1"), true),
                        new SwitchLink("ether7", "lldp", Set.of("dc:2c:6e:10:20:30", "cap-hall"),
                                Optional.of("bridgeLocal/ether1"), Optional.empty(), Optional.of("10.9.0.40"), false),
                        new SwitchLink("ether3", "lldp", Set.of("74:83:c2:36:5a:6e", "sep7483c2365a6e"),
                                Optional.of("Port 1"), Optional.empty(), Optional.of("10.9.0.77"), false));
            });
        }
    }

    @Test
    void aRouterWithoutTheMenusStillReportsAndSaysWhatItCouldNotRead() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18).with(PeerTables.empty()))) {
            TestContext context = new TestContext();
            Sources.collector(Sources.api(peer.port())).collect(context);

            SwitchReport r = context.reports().getFirst();
            assertThat(r.links()).isEmpty();
            assertThat(r.serials()).isEmpty();
            assertThat(context.progressLines()).anyMatch(l -> l.startsWith("could not read ip/neighbor (")
                    && l.endsWith("); switch cables are planned without it"));
        }
    }

    @Test
    void aRouterNotReadingBridgeHostsIsNoSwitchAndReportsNothing() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18))) {
            TestContext context = new TestContext();
            var source = Sources.api(peer.port());
            new RouterOsCollector(new org.netboxauto.config.RouterOsSource(source.name(), source.host(),
                    source.transport(), source.port(), source.username(), source.password(), source.tls(),
                    List.of(org.netboxauto.config.RouterOsSource.Table.ARP), source.timeout()), Sources.KEY)
                    .collect(context);

            assertThat(context.reports()).isEmpty();
            assertThat(peer.log()).noneMatch(l -> l.contains("/ip/neighbor"));
        }
    }
}
