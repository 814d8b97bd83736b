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

        String byHost = out.toString();
        assertThat(byHost).contains("Push plan for NetBox 4.6.0 at " + lab.nb.url())
                .contains("\ndevice laptop-7 (new) · ").contains("create device laptop-7")
                .contains("Site: HQ").contains("Device role: Server").contains("Status: Active")
                .contains("Device: laptop-7 (new)").contains("create cable laptop-7 eth0 to sw1 ge-0/0/5")
                .contains("DNS unbound at 127.0.0.1:" + ssh.port())
                .contains("+ A laptop-7.lan.example.com 10.0.0.77").doesNotContain("device_type")
                .endsWith("Dry run: nothing was written." + System.lineSeparator());
        // the host's actions follow its heading, before the next host's
        String laptop = byHost.substring(byHost.indexOf("\ndevice laptop-7 (new) · "));
        assertThat(laptop.lines().skip(2).takeWhile(l -> l.startsWith("  ")).toList())
                .isNotEmpty().allMatch(l -> l.contains("laptop-7"));
        assertThat(lab.nb.writes()).isZero();
        assertThat(err.toString()).contains("read").doesNotContain(org.netboxauto.netbox.fake.FakeNetBox.V2_SECRET);

        out.getBuffer().setLength(0);
        assertThat(run("push", "--dry-run", "--group", "action")).isZero();
        assertThat(out.toString()).contains("  create device laptop-7" + System.lineSeparator() + "           Name: laptop-7")
                .doesNotContain("device laptop-7 (new) · ").endsWith("Dry run: nothing was written." + System.lineSeparator());
        assertThat(out.toString().lines().count()).isGreaterThan(byHost.lines().count());

        String mac = PushServiceTest.hosts().stream().filter(h -> h.hostnameValue().orElse("").equals("laptop-7"))
                .findFirst().orElseThrow().mac().toString();
        out.getBuffer().setLength(0);
        assertThat(run("push", "--dry-run", "--exclude", mac)).isZero();
        assertThat(out.toString()).doesNotContain("laptop-7").contains("Dry run: nothing was written.");
        assertThat(run("push", "--dry-run", "--exclude", "laptop")).isEqualTo(2);
        assertThat(err.toString()).contains("--exclude laptop: not a MAC address");
    }

    @Test
    void aPushTheTokenCannotWriteIsShownAsFailedOnceWithWhatToDo() {
        lab.nb.failWrite(0, 405);
        assertThat(run("push", "--yes")).as(err.toString()).isEqualTo(1);

        assertThat(out.toString()).contains("  FAILED  create tag netbox-auto: ")
                .containsPattern("\\d+ actions not sent because create tag netbox-auto failed")
                .contains("What to do: the token cannot write; use a write-enabled token")
                .containsPattern("Push #\\d+ FAILED: \\d+ done, 1 failed, ");
        assertThat(out.toString().lines().filter(l -> l.contains("FAILED  "))).hasSize(1);
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
