package org.netboxauto.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.discovery.proxmox.peer.PeerFixture;
import org.netboxauto.discovery.proxmox.peer.ProxmoxPeer;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerTables;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;
import org.netboxauto.testsupport.TestCertificates;

/** {@code discover} and {@code hosts} from the packaged launcher against the real-protocol peers. */
class DiscoverIT {

    private static final String PVE_SECRET = "2d0f3c1e-8a5b-4e0e-9f61-3b1f7c9a0d42";

    @TempDir
    Path home;

    @Test
    void discoverFillsTheStoreAndHostsShowsTheMergedHostsWithProvenance() throws Exception {
        TestCertificates cert = TestCertificates.selfSigned(home.resolve("tls"), "router");
        PeerOptions options = PeerOptions.of(PeerVersion.V7_18).with(withLeaseFor("BC:24:11:5E:2A:01", "10.20.0.51",
                "web01-dhcp"));
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (RouterOsPeer router = RouterOsPeer.apiSsl(options, cert);
             ProxmoxPeer pve = new ProxmoxPeer(PeerFixture.labCluster(),
                     TestCertificates.selfSigned(home.resolve("pve-tls"), "pve"), false)
                     .token("collector@pve!inventory", PVE_SECRET, ProxmoxPeer.AUDITOR)) {
            Launcher launcher = new Launcher(home);
            Path password = Files.writeString(home.resolve("router.pass"), options.password());
            Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
            Path pveSecret = Files.writeString(home.resolve("pve.token"), PVE_SECRET);
            Files.setPosixFilePermissions(pveSecret, PosixFilePermissions.fromString("rw-------"));
            Path config = launcher.configDir().resolve("netbox-auto.conf");
            Files.createDirectories(config.getParent());
            Files.writeString(config, """
                    sources.routeros = [
                      { name = core, host = "127.0.0.1", transport = api-ssl, port = %d, username = %s,
                        password-file = "%s", tls.fingerprint-sha256 = "%s",
                        collect = [dhcp-leases, arp, bridge-hosts] }
                      { name = branch, host = "127.0.0.1", transport = api, port = %d, username = admin,
                        password-file = "%s", timeout = 5s }
                    ]
                    sources.proxmox = [
                      { name = pve, url = "%s", token-id = "collector@pve!inventory", token-secret-file = "%s",
                        tls.fingerprint-sha256 = "%s" }
                    ]
                    correlation.hostname-precedence = [proxmox, routeros]
                    """.formatted(router.port(), options.user(), password, cert.fingerprintSha256(), closedPort,
                    password, pve.url(), pveSecret, pve.fingerprint()));
            Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));

            Launcher.Result discover = launcher.run("discover");
            assertThat(discover.exit()).as(discover.err()).isZero();
            assertThat(discover.out()).contains("routeros:core").contains("observations")
                    .contains("routeros:branch").contains("FAILED").contains("new");
            assertThat(discover.out()).contains("proxmox:pve");
            assertThat(discover.err()).doesNotContain(options.password()).doesNotContain(PVE_SECRET)
                    .doesNotContain("\tat ");

            Launcher.Result hosts = launcher.run("hosts", "--format", "json");
            assertThat(hosts.exit()).as(hosts.err()).isZero();
            JsonNode array = new ObjectMapper().readTree(hosts.out());
            assertThat(array.size()).isGreaterThan(5);
            JsonNode unifi = find(array, "74:83:c2:36:5a:6e");
            assertThat(unifi.get("hostname").asText()).isEqualTo("Unifi3B");
            assertThat(unifi.get("ips").toString()).contains("10.164.1.199");
            assertThat(unifi.get("sources").toString()).isEqualTo("[\"routeros:core\"]");
            assertThat(unifi.get("state").asText()).isEqualTo("pending");
            assertThat(unifi.get("provenance").get("hostname").get("source").asText()).isEqualTo("routeros:core");
            for (String key : List.of("mac", "macs", "ips", "hostname", "vendor", "sources", "state", "kind", "switch",
                    "port", "vlan", "firstSeen", "lastSeen", "flags")) {
                assertThat(unifi.has(key)).as("key " + key).isTrue();
            }
            JsonNode web01 = find(array, "bc:24:11:5e:2a:01");
            assertThat(web01.get("hostname").asText()).as("proxmox first in hostname-precedence").isEqualTo("web01");
            assertThat(web01.get("sources").toString()).isEqualTo("[\"proxmox:pve\",\"routeros:core\"]");
            assertThat(web01.get("macs").size()).as("web01's two NICs are one host").isEqualTo(2);
            assertThat(web01.get("ips").toString()).contains("10.20.0.51");
            assertThat(web01.get("evidence").get("proxmox:pve").get("vmid").asText()).isNotEmpty();
            assertThat(web01.get("flags").toString()).contains("name-conflict");
            assertThat(StreamSupport.stream(array.spliterator(), false).anyMatch(h -> !h.get("port").isNull()))
                    .as("a host located on a bridge port").isTrue();

            Launcher.Result csv = launcher.run("hosts", "--format", "csv");
            assertThat(csv.out().lines().findFirst()).hasValue(
                    "mac,hostname,name_from,ips,sources,state,kind,port,vendor,first_seen,last_seen,macs,flags");

            Launcher.Result status = launcher.run("status", "--json");
            JsonNode lastRun = new ObjectMapper().readTree(status.out()).get("lastRun");
            assertThat(lastRun.get("status").asText()).isEqualTo("partial");
            List<String> sources = new ArrayList<>();
            lastRun.get("sources").forEach(s -> sources.add(s.get("source").asText() + "=" + s.get("status").asText()));
            assertThat(sources).containsExactlyInAnyOrder("routeros:core=succeeded", "routeros:branch=failed",
                    "proxmox:pve=succeeded");

            Launcher.Result again = launcher.run("discover", "--source", "core", "--json");
            JsonNode report = new ObjectMapper().readTree(again.out());
            assertThat(report.get("status").asText()).isEqualTo("succeeded");
            assertThat(report.get("hosts").get("new").asInt()).isZero();
        }
    }

    @Test
    void whenEverySourceFailsDiscoverExitsOne() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Launcher launcher = new Launcher(home);
        Path config = launcher.configDir().resolve("netbox-auto.conf");
        Files.createDirectories(config.getParent());
        Files.writeString(config, """
                sources.routeros = [ { name = gone, host = "127.0.0.1", transport = api, port = %d,
                                       username = admin, password = "x", timeout = 5s } ]
                """.formatted(closedPort));
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
        Launcher.Result r = launcher.run("discover");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("routeros:gone").contains("FAILED").contains("127.0.0.1:" + closedPort);

        Launcher.Result unknown = launcher.run("discover", "--source", "nope");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no configured source is called nope").contains("routeros:gone");
    }

    private static PeerTables withLeaseFor(String mac, String ip, String name) {
        Map<String, List<Map<String, byte[]>>> menus = new LinkedHashMap<>(PeerTables.fixtures().byMenu());
        List<Map<String, byte[]>> leases = new ArrayList<>(menus.get(PeerTables.LEASES));
        Map<String, byte[]> row = new LinkedHashMap<>();
        row.put(".id", "*FF".getBytes(StandardCharsets.US_ASCII));
        row.put("address", ip.getBytes(StandardCharsets.US_ASCII));
        row.put("mac-address", mac.getBytes(StandardCharsets.US_ASCII));
        row.put("status", "bound".getBytes(StandardCharsets.US_ASCII));
        row.put("active-address", ip.getBytes(StandardCharsets.US_ASCII));
        row.put("active-mac-address", mac.getBytes(StandardCharsets.US_ASCII));
        row.put("host-name", name.getBytes(StandardCharsets.US_ASCII));
        leases.add(row);
        menus.put(PeerTables.LEASES, leases);
        return new PeerTables(menus);
    }

    private static JsonNode find(JsonNode array, String mac) {
        for (JsonNode h : array) {
            if (h.get("mac").asText().equals(mac)) {
                return h;
            }
        }
        throw new AssertionError("no host " + mac + " in " + array);
    }
}
