package org.netboxauto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.push.PushLab;
import org.netboxauto.push.PushServiceTest;
import org.netboxauto.service.ConfigService;
import org.netboxauto.service.StatusService;
import org.netboxauto.testsupport.Peers;
import org.netboxauto.testsupport.SshServer;
import org.netboxauto.testsupport.UnboundServer;
import picocli.CommandLine;

/** {@code push} against the NetBox fake and a real Unbound over sshd: the plan as text and JSON, and bad options. */
class PushCommandTest {

    @TempDir
    Path dir;

    private SshServer ssh;
    private UnboundServer unbound;
    private PushLab lab;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        Peers.require(java.nio.file.Files.isExecutable(SshServer.SSHD), "OpenSSH sshd",
                "apt-get install openssh-server unbound");
        ssh = SshServer.start();
        unbound = UnboundServer.start();
        lab = new PushLab(NetBoxMode.V4_6, dir, PushLab.DEFAULTS + """
                dns.unbound {
                  enabled = true, ssh-host = "127.0.0.1", ssh-port = %d, ssh-user = "%s", key-file = "%s",
                  known-hosts = "%s", include-file = "%s", zone = "lan.example.com",
                  reverse-zones = ["0.0.10.in-addr.arpa"], unbound-control = "%s", unbound-checkconf = "%s"
                }
                """.formatted(ssh.port(), ssh.user(), ssh.clientKey(), ssh.knownHosts(), unbound.includeFile(),
                unbound.control(), unbound.checkconf()));
        FakeSeed.small(lab.nb);
        lab.approved(PushServiceTest.hosts());
    }

    @AfterEach
    void stop() throws Exception {
        if (lab != null) {
            lab.close();
        }
        if (unbound != null) {
            unbound.close();
        }
        if (ssh != null) {
            ssh.close();
        }
    }

    @Test
    void dryRunShowsEveryActionFieldByFieldAndTheDnsChangesAndWritesNothing() {
        assertThat(run("push", "--dry-run")).as(err.toString()).isZero();

        assertThat(out.toString()).contains("Push plan for NetBox 4.6.0 at " + lab.nb.url())
                .contains("create device laptop-7").contains("site: HQ").contains("device: laptop-7 (new)")
                .contains("create cable laptop-7 eth0 to sw1 ge-0/0/5")
                .contains("DNS unbound at 127.0.0.1:" + ssh.port())
                .contains("+ A laptop-7.lan.example.com 10.0.0.77");
        assertThat(lab.nb.writes()).isZero();
        assertThat(err.toString()).contains("read").doesNotContain(org.netboxauto.netbox.fake.FakeNetBox.V2_SECRET);
    }

    @Test
    void jsonCarriesThePlanTheDnsChangesAndAfterApplyTheirOutcomes() throws Exception {
        assertThat(run("push", "--yes", "--format", "json")).as(err.toString()).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("actions").size()).isGreaterThan(5);
        assertThat(json.path("dns").path("targets").get(0).path("changes").toString())
                .contains("+ A laptop-7.lan.example.com 10.0.0.77");
        assertThat(json.path("result").path("failed").asInt()).isZero();
        assertThat(json.path("result").path("dns").get(0).path("state").asText()).isEqualTo("ok");
        assertThat(unbound.dig("laptop-7.lan.example.com", "A")).containsExactly("10.0.0.77");

        out.getBuffer().setLength(0);
        assertThat(run("push", "--yes")).isZero();
        assertThat(out.toString()).contains("NetBox and DNS already match the approved hosts: nothing to write.");
    }

    @Test
    void badOptionsAreUsageErrorsThatSayWhatToDo() {
        assertThat(run("push", "--dry-run", "--remove", "switch:3")).isEqualTo(2);
        assertThat(err.toString()).contains("--remove switch:3: expected device:ID or vm:ID");
        assertThat(run("push", "--dry-run", "--state", "rejected")).isEqualTo(2);
        assertThat(err.toString()).contains("push takes approved hosts only");
        assertThat(lab.nb.writes()).isZero();
    }

    private int run(String... args) {
        CommandLine cli = Cli.create(new CliServices(new ConfigService(lab.locations()), new StatusService(lab.stores()),
                null, null, null, null, null, lab.push, null));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }
}
