package org.netboxauto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.testsupport.InProcessCli.Run;
import org.netboxauto.testsupport.InProcessCli;
import org.netboxauto.testsupport.NamesLab;
import org.netboxauto.testsupport.UnboundServer;

/**
 * discover → hosts with names looked up for the hosts a dnsmasq lease file leaves nameless: from real Unbound,
 * nmbd and avahi-daemon in a namespace; a silent name server is a note on names:ptr and the run still succeeds.
 */
class NamesDiscoverTest {

    private static final String A = "02:37:00:00:00:02";
    private static final String B = "02:37:00:00:00:09";
    private static final String C = "02:37:00:00:00:0a";

    @TempDir
    Path home;


    @Test
    void namelessHostsGetNamesWithTheirSourceAndNamedOnesKeepTheirs() throws Exception {
        try (NamesLab lab = NamesLab.withPeers(); UnboundServer dns = UnboundServer.start()) {
            Files.writeString(dns.includeFile(), "local-data-ptr: \"" + lab.host() + " pc2.lan.example.com\"\n");
            dns.reload();
            AppDirectories dirs = setUp(lab, "127.0.0.1:" + dns.port());

            Run discover = cli(dirs, "discover");
            assertThat(discover.exit()).as(discover.err()).isZero();
            assertThat(discover.out()).contains("Discovery run 1: succeeded").contains("names:ptr")
                    .contains("names:netbios").contains("names:mdns");

            Map<String, JsonNode> hosts = hosts(dirs);
            assertThat(hosts.get(A).path("hostname").asText()).isEqualTo("pc2.lan.example.com");
            assertThat(hosts.get(A).path("provenance").path("hostname").path("source").asText())
                    .isEqualTo("names:ptr");
            assertThat(hosts.get(A).path("sources").toString()).contains("names:netbios").contains("names:mdns");
            assertThat(hosts.get(A).path("flags").toString()).doesNotContain("name-conflict");
            assertThat(hosts.get(B).path("hostname").isNull()).as("nothing answers for .9").isTrue();
            assertThat(hosts.get(C).path("hostname").asText()).isEqualTo("printer");
            assertThat(hosts.get(C).path("sources").toString()).doesNotContain("names:");

            String table = cli(dirs, "hosts").out();
            assertThat(table).contains("pc2.lan.example.com").contains("names:ptr");
        }
    }

    @Test
    void aSilentNameServerIsANoteOnPtrAndTheOtherMethodsStillName() throws Exception {
        try (NamesLab lab = NamesLab.withPeers(); DatagramSocket silent = new DatagramSocket(0,
                InetAddress.getLoopbackAddress())) {
            AppDirectories dirs = setUp(lab, "127.0.0.1:" + silent.getLocalPort());

            Run discover = cli(dirs, "discover");
            assertThat(discover.exit()).as(discover.err()).isZero();
            assertThat(discover.out()).contains("Discovery run 1: succeeded")
                    .contains("names:ptr").contains("the name server 127.0.0.1:" + silent.getLocalPort()
                            + " did not answer for any of 2 reverse lookups within 1000 ms; check names.dns-servers");

            Map<String, JsonNode> hosts = hosts(dirs);
            assertThat(hosts.get(A).path("hostname").asText()).isEqualTo("labpc2");
            assertThat(hosts.get(A).path("provenance").path("hostname").path("source").asText())
                    .isEqualTo("names:netbios");
        }
    }

    private AppDirectories setUp(NamesLab lab, String dnsServer) throws Exception {
        AppDirectories dirs = new AppDirectories(home.resolve("config"), home.resolve("data"));
        Path leases = Files.writeString(home.resolve("dnsmasq.leases"), String.join("\n",
                "4102444800 " + A + " " + lab.host() + " * *",
                "4102444800 " + B + " " + lab.silent(9) + " * *",
                "4102444800 " + C + " " + lab.silent(10) + " printer *", ""));
        Files.createDirectories(dirs.configDir());
        Files.writeString(dirs.defaultConfigFile(), """
                sources.dnsmasq = [ { name = leases, path = "%s" } ]
                names { enabled = true, dns-servers = ["%s"] }
                """.formatted(leases, dnsServer));
        Files.setPosixFilePermissions(dirs.defaultConfigFile(), PosixFilePermissions.fromString("rw-------"));
        return dirs;
    }

    private static Map<String, JsonNode> hosts(AppDirectories dirs) throws Exception {
        JsonNode hosts = new ObjectMapper().readTree(cli(dirs, "hosts", "--format", "json").out());
        Map<String, JsonNode> byMac = new HashMap<>();
        hosts.forEach(h -> byMac.put(h.path("mac").asText(), h));
        return byMac;
    }

    private static Run cli(AppDirectories dirs, String... args) {
        return InProcessCli.run(dirs, args);
    }
}
