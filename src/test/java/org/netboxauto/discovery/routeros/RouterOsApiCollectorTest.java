package org.netboxauto.discovery.routeros;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerTables;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;
import org.slf4j.LoggerFactory;

/** The collector over the plain API against the peer playing each RouterOS version. */
class RouterOsApiCollectorTest {

    @ParameterizedTest
    @EnumSource(PeerVersion.class)
    void readsLeasesArpAndBridgeHostsFromEachVersion(PeerVersion version) throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(version))) {
            TestContext context = new TestContext();
            List<Observation> observations = Sources.collector(Sources.api(peer.port())).collect(context);

            ExpectedRows.assertFixtureObservations(observations);
            assertThat(context.progressLines()).contains("read 8 DHCP leases", "read 6 ARP entries",
                    "read 4 bridge hosts", "read 6 IPv6 neighbours", "read 5 DHCPv6 bindings");
            assertThat(peer.log()).first().isEqualTo(version == PeerVersion.V6_42 ? "login challenge admin"
                    : "login plaintext admin");
            assertThat(peer.log()).contains("/ip/arp/print .proplist=address,mac-address,interface,comment",
                    "/ipv6/neighbor/print .proplist=address,mac-address,interface,status,router,comment");
        }
    }

    @ParameterizedTest
    @EnumSource(value = PeerVersion.class, names = {"V7_17", "V7_18"})
    void emptyTablesGiveNoObservationsWithOrWithoutTheEmptyReply(PeerVersion version) throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(version).with(PeerTables.empty()))) {
            TestContext context = new TestContext();
            assertThat(Sources.collector(Sources.api(peer.port())).collect(context)).isEmpty();
            assertThat(context.progressLines()).contains("read 0 DHCP leases", "read 0 ARP entries");
        }
    }

    @Test
    void invalidMacsAreDroppedWithOneWarningPerRun() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(RouterOsCollector.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18))) {
            Sources.collector(Sources.api(peer.port())).collect(new TestContext());
        } finally {
            logger.detachAppender(appender);
        }
        List<ILoggingEvent> warnings = appender.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
        assertThat(warnings).singleElement().extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo("routeros:core-router: dropped 1 rows whose MAC address is not a unicast MAC,"
                        + " e.g. \"00:00:00:00:00:00\"");
    }

    @Test
    void tenThousandLeasesStreamThrough() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18)
                .with(PeerTables.manyLeases(10_000)))) {
            List<Observation> observations = Sources.collector(Sources.api(peer.port())).collect(new TestContext());
            assertThat(observations).hasSize(10_000);
            assertThat(observations.get(9_999).hostname()).contains("host-9999");
            assertThat(observations.get(9_999).ips()).containsExactly("10.0.39.15");
        }
    }
}
