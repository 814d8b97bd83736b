package org.netboxauto.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.push.PushStates;
import org.netboxauto.testsupport.DhcpLab;
import org.netboxauto.testsupport.DnsmasqServer;
import org.netboxauto.testsupport.KeaServer;
import org.netboxauto.testsupport.SshServer;

/**
 * From the packaged launcher: leases that real clients got from a real Kea and a real dnsmasq (its file read over
 * the real sshd), a garbled lease file beside them, then discover → approve → push to the NetBox fake.
 */
class LeaseSourcesPushIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void leasesFromKeaAndDnsmasqReachNetBoxAndABrokenFileFailsOnlyItsSource() throws Exception {
        KeaServer.require();
        try (DhcpLab keaLab = DhcpLab.create(3); DhcpLab dnsmasqLab = DhcpLab.create(2);
             KeaServer kea = KeaServer.start(KeaServer.Options.of(keaLab));
             DnsmasqServer dnsmasq = DnsmasqServer.start(dnsmasqLab); SshServer ssh = SshServer.start();
             FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6)) {
            keaLab.leaseV4(0, "kea-a");
            keaLab.leaseV4(1, "kea-b");
            keaLab.leaseV6(2);
            dnsmasqLab.leaseV4(0, "dm-a");
            dnsmasqLab.leaseV4(1, "dm-b");
            dnsmasq.awaitLines(2);
            Path garbled = Files.writeString(home.resolve("garbled.leases"), "1796229517 02:33:00:00:00:01 10.0.0.5\n");

            Launcher launcher = new Launcher(home);
            Path keaPassword = Files.writeString(home.resolve("kea.pass"), kea.password());
            Files.setPosixFilePermissions(keaPassword, PosixFilePermissions.fromString("rw-------"));
            Path config = launcher.configDir().resolve("netbox-auto.conf");
            Files.createDirectories(config.getParent());
            Files.writeString(config, """
                    sources.kea = [ { name = dhcp, url = "%s", username = %s, password-file = "%s" } ]
                    sources.dnsmasq = [
                      { name = pihole, lease-file = "%s",
                        ssh { host = "127.0.0.1", port = %d, user = %s, key-file = "%s", known-hosts = "%s" } }
                      { name = broken, path = "%s" }
                    ]
                    netbox {
                      url = ${NETBOX_URL}
                      token = ${NETBOX_TOKEN}
                      timeout = 10s
                      defaults { site = hq, role = server, device-type = server }
                    }
                    """.formatted(kea.url(), KeaServer.USER, keaPassword, dnsmasq.leaseFile(), ssh.port(), ssh.user(),
                    ssh.clientKey(), ssh.knownHosts(), garbled));
            Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
            Map<String, String> env = PushLabHome.netbox(nb);

            Launcher.Result check = launcher.run(env, "config", "check");
            assertThat(check.exit()).as(check.out() + check.err()).isZero();

            Launcher.Result discover = launcher.run(env, "discover");
            assertThat(discover.exit()).as(discover.err()).isZero();
            assertThat(discover.out()).contains("kea:dhcp").contains("dnsmasq:pihole").contains("dnsmasq:broken")
                    .contains("FAILED").contains("is not a dnsmasq lease file: line 1");
            assertThat(discover.err()).doesNotContain(kea.password()).doesNotContain("\tat ");

            JsonNode hosts = JSON.readTree(launcher.run(env, "hosts", "--format", "json").out());
            JsonNode keaA = find(hosts, keaLab.macs().get(0));
            assertThat(keaA.path("hostname").asText()).isEqualTo("kea-a");
            assertThat(keaA.path("provenance").path("hostname").path("source").asText()).isEqualTo("kea:dhcp");
            assertThat(inside(keaLab.v4Subnet(), keaA.path("ips").get(0).asText())).isTrue();
            assertThat(find(hosts, keaLab.macs().get(2)).path("ips").get(0).asText()).contains(":");
            assertThat(find(hosts, KeaServer.RESERVED_MAC).path("hostname").asText()).isEqualTo("printer");
            JsonNode dmA = find(hosts, dnsmasqLab.macs().get(0));
            assertThat(dmA.path("hostname").asText()).isEqualTo("dm-a");
            assertThat(dmA.path("sources").toString()).isEqualTo("[\"dnsmasq:pihole\"]");
            assertThat(launcher.run(env, "hosts").out()).contains("NAME FROM").contains("kea:dhcp")
                    .contains("dnsmasq:pihole");

            Launcher.Result one = launcher.run(env, "discover", "--source", "pihole", "--json");
            assertThat(JSON.readTree(one.out()).path("status").asText()).isEqualTo("succeeded");

            Launcher.Result approve = launcher.run(env, "approve", "--filter", "--state", "pending");
            assertThat(approve.exit()).as(approve.err()).isZero();
            FakeSeed.catalog(nb);
            Launcher.Result push = launcher.run(env, "push", "--yes");
            assertThat(push.exit()).as(push.out() + push.err()).isZero();
            assertThat(push.out()).contains("0 failed, 0 skipped");
            List<String> devices = nb.rows("dcim.device").stream().map(d -> d.path("name").asText()).toList();
            assertThat(devices).contains("kea-a", "kea-b", "printer", "dm-a", "dm-b");
            JsonNode device = nb.rows("dcim.device").stream().filter(d -> d.path("name").asText().equals("kea-a"))
                    .findFirst().orElseThrow();
            assertThat(nb.get("/api/dcim/devices/", device.path("id").asLong()).path("primary_ip4").path("address")
                    .asText()).startsWith(keaA.path("ips").get(0).asText() + "/");
            assertThat(PushStates.duplicates(nb)).isEmpty();
            assertThat(nb.schemaViolations()).isEmpty();

            long writes = nb.writes();
            Launcher.Result again = launcher.run(env, "push", "--yes");
            assertThat(again.out()).contains("nothing to write");
            assertThat(nb.writes()).isEqualTo(writes);
        }
    }

    private static boolean inside(String subnet, String ip) {
        return Cidr.parse(subnet).contains(IpLiterals.parse(ip));
    }

    private static JsonNode find(JsonNode array, String mac) {
        for (JsonNode h : array) {
            if (h.path("mac").asText().equalsIgnoreCase(mac)) {
                return h;
            }
        }
        throw new AssertionError("no host " + mac + " in " + array);
    }
}
