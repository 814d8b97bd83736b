package org.netboxauto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerTables;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;
import org.netboxauto.testsupport.InProcessCli.Run;
import org.netboxauto.testsupport.InProcessCli;

/** Review rules decide after discover, against the RouterOS peer; a person's decisions stay. */
class ReviewRulesDiscoverTest {

    @TempDir
    Path home;


    @Test
    void rulesDecideTheUndecidedAndNeverAPersonsDecision() throws Exception {
        PeerOptions options = PeerOptions.of(PeerVersion.V7_18).with(PeerTables.manyLeases(5));
        try (RouterOsPeer router = RouterOsPeer.api(options)) {
            AppDirectories dirs = new AppDirectories(home.resolve("config"), home.resolve("data"));
            Path password = Files.writeString(home.resolve("router.pass"), options.password());
            Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
            String source = """
                    sources.routeros = [ { name = core, host = "127.0.0.1", transport = api, port = %d,
                      username = %s, password-file = "%s", collect = [dhcp-leases] } ]
                    """.formatted(router.port(), options.user(), password);
            write(dirs, source);
            assertThat(cli(dirs, "discover").exit()).isZero();
            assertThat(cli(dirs, "reject", "02:00:00:00:00:01").exit()).isZero();
            assertThat(cli(dirs, "reject", "--pending", "02:00:00:00:00:02").exit()).isZero();

            write(dirs, source + """
                    review.rules = [
                      { name = lab, when { hostname = "HOST-*", subnet = "10.0.0.0/24" },
                        then { state = approved, kind = server, site = lab } }
                      { name = randomised, when { randomised-mac = true }, then { state = rejected } }
                    ]
                    """);
            Run discover = cli(dirs, "discover");
            assertThat(discover.exit()).as(discover.err()).isZero();
            assertThat(discover.out()).contains("Review rules: lab decided 3 hosts").doesNotContain("randomised");

            JsonNode hosts = new ObjectMapper().readTree(cli(dirs, "hosts", "--format", "json").out());
            Map<String, JsonNode> byMac = new HashMap<>();
            hosts.forEach(h -> byMac.put(h.path("mac").asText(), h));
            assertThat(byMac.get("02:00:00:00:00:00").path("state").asText()).isEqualTo("approved");
            assertThat(byMac.get("02:00:00:00:00:00").path("kind").asText()).isEqualTo("server");
            assertThat(byMac.get("02:00:00:00:00:00").path("rule").asText()).isEqualTo("lab");
            assertThat(byMac.get("02:00:00:00:00:01").path("state").asText()).isEqualTo("rejected");
            assertThat(byMac.get("02:00:00:00:00:01").path("rule").isNull()).isTrue();
            assertThat(byMac.get("02:00:00:00:00:02").path("state").asText()).isEqualTo("pending");

            Run again = cli(dirs, "discover");
            assertThat(again.out()).doesNotContain("Review rules");
        }
    }

    private static void write(AppDirectories dirs, String text) throws Exception {
        Files.createDirectories(dirs.configDir());
        Files.writeString(dirs.defaultConfigFile(), text);
        Files.setPosixFilePermissions(dirs.defaultConfigFile(), PosixFilePermissions.fromString("rw-------"));
    }

    private static Run cli(AppDirectories dirs, String... args) {
        return InProcessCli.run(dirs, args);
    }
}
