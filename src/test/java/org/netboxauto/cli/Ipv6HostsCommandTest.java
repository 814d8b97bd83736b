package org.netboxauto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.app.CliWiring;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.RouterOsSource;
import org.netboxauto.config.RouterOsSource.Table;
import org.netboxauto.config.RouterOsSource.Transport;
import org.netboxauto.config.Secret;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.core.Correlator;
import org.netboxauto.core.Observation;
import org.netboxauto.core.RunStatus;
import org.netboxauto.core.SourceKind;
import org.netboxauto.discovery.routeros.RouterOsCollector;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;
import org.netboxauto.service.SourceOutcome;
import org.netboxauto.service.StoreSettingsFactory;
import org.netboxauto.store.MyBatisStagingStore;
import org.netboxauto.store.MyBatisStagingStoreOpener;
import org.netboxauto.testsupport.RecordingContext;
import picocli.CommandLine;

/**
 * A router's IPv4 and IPv6 tables read over the API from the RouterOS peer, stored and correlated into a real H2
 * store, then listed by {@code hosts}: IPv6 filters, RFC 5952 text, temporary and link-local addresses.
 */
class Ipv6HostsCommandTest {

    private static final String SOURCE = "routeros:core-router";
    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path home;

    private AppDirectories dirs;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void discoverFromTheRouter() throws Exception {
        dirs = new AppDirectories(home.resolve("config"), home.resolve("data"));
        Files.createDirectories(dirs.configDir());
        Files.writeString(dirs.defaultConfigFile(), "review.kinds = [server, workstation]\n");
        Files.setPosixFilePermissions(dirs.defaultConfigFile(), PosixFilePermissions.fromString("rw-------"));
        List<Observation> observations;
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18))) {
            RouterOsSource source = new RouterOsSource("core-router", "127.0.0.1", Transport.API, peer.port(), "admin",
                    new Secret("s3cret=pass"), TlsConfig.SYSTEM, List.of(Table.DHCP_LEASES, Table.ARP,
                    Table.IPV6_NEIGHBORS, Table.DHCPV6_BINDINGS), Duration.ofSeconds(5));
            observations = new RouterOsCollector(source, "sources.routeros[0]").collect(new RecordingContext(AT));
        }
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener()
                .open(StoreSettingsFactory.from(StoreConfig.DEFAULT, dirs.dataDir()))) {
            long run = store.startRun(AT);
            store.saveSource(run, SourceOutcome.succeeded(SOURCE, observations.size()), observations);
            store.finishRun(run, AT, RunStatus.SUCCEEDED, new Correlator(List.of(SourceKind.ROUTEROS))
                    .correlate(observations, store.hosts(), Set.of(SOURCE)));
        }
    }

    @Test
    void anIpv6SubnetPicksTheHostsWithAnAddressInItShownCompressed() {
        Run inside = cli("hosts", "--subnet", "2001:db8:10::/64", "--format", "csv");
        assertThat(inside.exit()).as(inside.err()).isZero();
        assertThat(inside.out().lines().skip(1).map(l -> l.substring(0, 17))).containsExactly(
                "00:50:56:88:80:ee", "12:34:56:78:90:aa", "74:83:c2:36:5a:6e", "de:6e:70:c0:cc:b2");
        assertThat(inside.out()).contains("10.164.1.199 2001:db8:10:0:3d1a:94c2:7b0e:51f6"
                + " 2001:db8:10:0:7683:c2ff:fe36:5a6e").doesNotContain("2001:0db8").doesNotContain("fe80::");

        Run ula = cli("hosts", "--subnet", "fd00::/8");
        assertThat(ula.out().lines().skip(1)).singleElement().asString().startsWith("ba:98:2c:bd:ea:47")
                .contains("fd00:10::5a1e:9c3b:2f41:8d07");

        Run wide = cli("hosts", "--subnet", "2001:db8::1/32");
        assertThat(wide.exit()).isEqualTo(2);
        assertThat(wide.err()).contains("--subnet 2001:db8::1/32").contains("did you mean 2001:db8::/32?");
    }

    @Test
    void jsonMarksTheTemporaryAddressAndKeepsLinkLocalOnesAsEvidence() throws Exception {
        Run json = cli("hosts", "--format", "json", "--search", "74:83:c2");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode host = new ObjectMapper().readTree(json.out()).get(0);

        assertThat(host.get("ips")).extracting(JsonNode::asText).containsExactly("10.164.1.199",
                "2001:db8:10:0:3d1a:94c2:7b0e:51f6", "2001:db8:10:0:7683:c2ff:fe36:5a6e");
        assertThat(host.get("temporaryIps")).extracting(JsonNode::asText)
                .containsExactly("2001:db8:10:0:3d1a:94c2:7b0e:51f6");
        assertThat(host.get("flags")).extracting(JsonNode::asText).contains("temporary-ipv6");
        assertThat(host.at("/provenance/ips")).filteredOn(ip -> ip.get("temporary").asBoolean())
                .extracting(ip -> ip.get("ip").asText()).containsExactly("2001:db8:10:0:3d1a:94c2:7b0e:51f6");
        assertThat(host.at("/evidence/" + SOURCE.replace("/", "~1") + "/link-local").asText())
                .isEqualTo("fe80::7683:c2ff:fe36:5a6e");
    }

    @Test
    void aHostSeenOnlyOnItsLinkLocalAddressIsListedWithoutIps() {
        Run router = cli("hosts", "--format", "csv", "--search", "00:23:ae:ad:d6:92");
        assertThat(router.out().lines().skip(1)).singleElement().asString()
                .startsWith("00:23:ae:ad:d6:92,,,212.219.57.129,");
    }

    private Run cli(String... args) {
        CommandLine cli = CliWiring.commandLine(dirs, Map.of(), args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
