package org.netboxauto.discovery.kea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.KeaSource;
import org.netboxauto.config.KeaSource.Service;
import org.netboxauto.config.Secret;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.testsupport.DhcpLab;
import org.netboxauto.testsupport.KeaServer;
import org.netboxauto.testsupport.RecordingContext;

/**
 * Real Kea (dhcp4, dhcp6, Control Agent) serving leases to real clients (udhcpc, dhclient -6) in a namespace lab,
 * read page by page through the Control Agent.
 */
class KeaCollectorTest {

    private static DhcpLab lab;
    private static KeaServer kea;

    @BeforeAll
    static void leases() throws Exception {
        KeaServer.require();
        lab = DhcpLab.create(4);
        kea = KeaServer.start(KeaServer.Options.of(lab));
        lab.leaseV4(0, "pc-zero");
        lab.leaseV4(1, null);
        lab.leaseV4(2, "pc-two");
        lab.leaseV6(3);
    }

    @AfterAll
    static void stop() throws Exception {
        if (kea != null) {
            kea.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    static KeaSource source(KeaServer server, String password, List<Service> services, List<Cidr> subnets,
            int pageSize) {
        return new KeaSource("dhcp", server.url(), Optional.of(KeaServer.USER), Optional.of(new Secret(password)),
                TlsConfig.SYSTEM, services, services.size() == 1, subnets, true, pageSize, Duration.ofSeconds(20));
    }

    private static List<Observation> collect(KeaSource source, RecordingContext context) throws Exception {
        return new KeaCollector(source, "sources.kea[0]").collect(context);
    }

    @Test
    void everyClientsLeaseIsReadPageByPageWithNameSubnetAndClientId() throws Exception {
        RecordingContext context = new RecordingContext(Instant.now());
        List<Observation> found = collect(source(kea, kea.password(), List.of(Service.DHCP4, Service.DHCP6), List.of(),
                1), context);
        Map<String, List<Observation>> byMac = found.stream().collect(Collectors.groupingBy(o -> o.mac().toString()));

        Observation zero = only(byMac, lab.macs().get(0), "dhcp-leases");
        assertThat(zero.source()).isEqualTo("kea:dhcp");
        assertThat(zero.hostname()).hasValue("pc-zero");
        assertThat(zero.ips()).singleElement().satisfies(ip -> assertThat(inside(lab.v4Subnet(), ip)).isTrue());
        assertThat(zero.evidence()).containsEntry(Evidence.SUBNET, Cidr.parse(lab.v4Subnet()).normalized().toString())
                .containsEntry(Evidence.STATUS, "assigned")
                .containsEntry(Evidence.CLIENT_ID, "01:" + lab.macs().get(0));
        assertThat(only(byMac, lab.macs().get(1), "dhcp-leases").hostname()).isEmpty();
        assertThat(only(byMac, lab.macs().get(2), "dhcp-leases").hostname()).hasValue("pc-two");

        Observation six = only(byMac, lab.macs().get(3), "dhcp6-leases");
        assertThat(six.ips()).singleElement().satisfies(ip -> {
            assertThat(inside(lab.v6Subnet(), ip)).isTrue();
            assertThat(ip).as("RFC 5952 text").isEqualTo(IpLiterals.canonical(IpLiterals.parse(ip)))
                    .doesNotContain(":0:0:");
            assertThat(six.evidence()).as("a DHCPv6 address is stable").containsEntry(Evidence.STABLE_IPS, ip);
        });
        assertThat(six.evidence()).containsEntry(Evidence.SUBNET, Cidr.parse(lab.v6Subnet()).normalized().toString()).containsKey(Evidence.CLIENT_ID);

        Observation printer = only(byMac, KeaServer.RESERVED_MAC, "reservations");
        assertThat(printer.hostname()).hasValue("printer");
        assertThat(printer.ips()).containsExactly(lab.v4(9));
        assertThat(context.progressLines()).anyMatch(l -> l.contains("dhcp4: read 3 leases"))
                .anyMatch(l -> l.contains("host commands hook (libdhcp_host_cmds.so) is not loaded"))
                .anyMatch(l -> l.startsWith("dhcp4: 3 leases in use, 1 reservations"));
    }

    @Test
    void subnetsKeepOnlyTheLeasesInside() throws Exception {
        List<Observation> found = collect(source(kea, kea.password(), List.of(Service.DHCP4),
                List.of(Cidr.parse(lab.v4(100) + "/32")), 1000), new RecordingContext(Instant.now()));
        assertThat(found).singleElement().satisfies(o -> assertThat(o.ips()).containsExactly(lab.v4(100)));
    }

    @Test
    void aWrongPasswordIsRefusedWithTheKeysToCheck() {
        assertThatThrownBy(() -> collect(source(kea, "wrong", List.of(Service.DHCP4), List.of(), 1000),
                new RecordingContext(Instant.now())))
                .isInstanceOf(CollectorException.class)
                .hasMessageContaining("kea:dhcp (sources.kea[0])").hasMessageContaining("401")
                .hasMessageContaining("sources.kea[0].username and password")
                .hasMessageNotContaining(kea.password());
    }

    @Test
    void aKeaWithoutTheLeaseHookSaysWhichLibraryToLoad() throws Exception {
        try (KeaServer bare = KeaServer.start(KeaServer.Options.offline("10.235.1.0/24", null).withoutLeaseHook())) {
            assertThatThrownBy(() -> collect(source(bare, bare.password(), List.of(Service.DHCP4, Service.DHCP6),
                    List.of(), 1000), new RecordingContext(Instant.now())))
                    .isInstanceOf(CollectorException.class)
                    .hasMessageContaining("lease4-get-page to dhcp4 with result 2")
                    .hasMessageContaining("the lease commands hook is not loaded in kea-dhcp4")
                    .hasMessageContaining("libdhcp_lease_cmds.so");
        }
    }

    @Test
    void aDaemonTheAgentDoesNotServeIsSkippedUnlessAskedFor() throws Exception {
        try (KeaServer v4only = KeaServer.start(KeaServer.Options.offline("10.235.2.0/24", null))) {
            RecordingContext context = new RecordingContext(Instant.now());
            List<Observation> found = collect(new KeaSource("dhcp", v4only.url(), Optional.of(KeaServer.USER),
                    Optional.of(new Secret(v4only.password())), TlsConfig.SYSTEM, List.of(Service.DHCP4,
                    Service.DHCP6), false, List.of(), true, 1000, Duration.ofSeconds(20)), context);
            assertThat(found).extracting(o -> o.mac().toString()).containsExactly(KeaServer.RESERVED_MAC);
            assertThat(context.progressLines()).anyMatch(l -> l.equals("dhcp6: not served by this Control Agent,"
                    + " skipped"));
            assertThatThrownBy(() -> collect(source(v4only, v4only.password(), List.of(Service.DHCP6), List.of(), 1000),
                    new RecordingContext(Instant.now())))
                    .hasMessageContaining("the Control Agent has no control socket for dhcp6");
        }
    }

    @Test
    void nothingListeningIsACannotConnect() throws Exception {
        int closed = org.netboxauto.testsupport.ChildProcesses.freePort();
        KeaSource source = new KeaSource("dhcp", java.net.URI.create("http://127.0.0.1:" + closed + "/"),
                Optional.empty(), Optional.empty(), TlsConfig.SYSTEM, List.of(Service.DHCP4), true, List.of(), true,
                1000, Duration.ofSeconds(5));
        assertThatThrownBy(() -> collect(source, new RecordingContext(Instant.now())))
                .hasMessageContaining("cannot connect to 127.0.0.1:" + closed)
                .hasMessageContaining("kea-ctrl-agent listens there");
    }

    private static boolean inside(String subnet, String ip) {
        return Cidr.parse(subnet).contains(org.netboxauto.core.IpLiterals.parse(ip));
    }

    private static Observation only(Map<String, List<Observation>> byMac, String mac, String table) {
        List<Observation> rows = byMac.getOrDefault(MacAddress.of(mac).toString(), List.of()).stream()
                .filter(o -> table.equals(o.evidence().get(Evidence.TABLE))).toList();
        assertThat(rows).as("%s in %s of %s", mac, table, byMac.keySet()).hasSize(1);
        return rows.getFirst();
    }
}
