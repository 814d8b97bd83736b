package org.netboxauto.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.cli.Cli;
import org.netboxauto.cli.CliServices;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.compare.Hosts;
import org.netboxauto.core.dns.DnsAddresses;
import org.netboxauto.core.dns.DnsRecord;
import org.netboxauto.core.dns.DnsRecordType;
import org.netboxauto.core.push.ActionOutcome.State;
import org.netboxauto.dns.DnsTarget;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.service.ConfigService;
import org.netboxauto.service.DnsService;
import org.netboxauto.service.DnsTargetOutcome;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;
import org.netboxauto.service.StatusService;
import org.netboxauto.testsupport.BindServer;
import org.netboxauto.testsupport.Peers;
import org.netboxauto.testsupport.SshServer;
import org.netboxauto.testsupport.UnboundServer;

/**
 * DNS follows NetBox's outcome, against a real Unbound over a real sshd and a real BIND: a host NetBox
 * did not take gets no record, forward and reverse records of a name move together, and after every
 * push the forward and reverse lookups of every name netbox-auto owns agree. A DNS target that fails
 * makes the push fail, and status reports NetBox and each target apart.
 */
class PushDnsFollowsNetBoxTest {

    private static final String ZONE = "lan.example.com";

    @TempDir
    Path dir;

    private SshServer ssh;
    private UnboundServer unbound;
    private BindServer bind;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        Peers.require(Files.isExecutable(SshServer.SSHD), "OpenSSH sshd", "apt-get install openssh-server unbound");
        ssh = SshServer.start();
        unbound = UnboundServer.start();
        bind = BindServer.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {bind, unbound, ssh}) {
            if (c != null) {
                c.close();
            }
        }
    }

    private String dnsConfig(String tsigSecret, int sshPort) throws Exception {
        Path secret = dir.resolve("tsig.key");
        Files.writeString(secret, tsigSecret);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        return PushLab.DEFAULTS + """
                dns.unbound {
                  enabled = true, ssh-host = "127.0.0.1", ssh-port = %d, ssh-user = "%s", key-file = "%s",
                  known-hosts = "%s", include-file = "%s", zone = "%s",
                  reverse-zones = ["1.168.192.in-addr.arpa"], unbound-control = "%s", unbound-checkconf = "%s"
                }
                dns.rfc2136 {
                  enabled = true, server = "127.0.0.1", port = %d, zone = "%s", reverse-zones = ["1.168.192.in-addr.arpa"],
                  ttl = 600, tsig { name = "%s", secret-file = "%s" }
                }
                """.formatted(sshPort, ssh.user(), ssh.clientKey(), ssh.knownHosts(), unbound.includeFile(), ZONE,
                unbound.control(), unbound.checkconf(), bind.port(), ZONE, BindServer.KEY_NAME, secret);
    }

    private static Host host(String mac, String name, String ip) {
        return Hosts.host(List.of(MacAddress.of(mac)), name, null, Map.of(), Set.of(), ip);
    }

    static List<Host> hosts() {
        return List.of(host("02:00:00:00:06:01", "kiosk", "192.168.1.101"),
                host("02:00:00:00:06:02", "till", "192.168.1.102"),
                host("02:00:00:00:06:03", "mail", "192.168.1.60"),
                host("02:00:00:00:06:04", "desk", "192.168.1.103"));
    }

    @Test
    void aHostNetBoxRefusedGetsNoRecordAndForwardAndReverseAgreeInBothTargets() throws Exception {
        try (PushLab lab = new PushLab(NetBoxMode.V4_6, dir, dnsConfig(bind.secret(), ssh.port()))) {
            FakeSeed.small(lab.nb);
            lab.approved(hosts());
            PushPreview preview = lab.preview();
            assertThat(preview.dnsError()).isEmpty();
            assertThat(preview.dnsChanges()).extracting(l -> l.target().target() + " " + l.change().line())
                    .contains("dns.unbound + A kiosk.lan.example.com 192.168.1.101",
                            "dns.rfc2136 + PTR 101.1.168.192.in-addr.arpa kiosk.lan.example.com",
                            "dns.unbound + A mail.lan.example.com 192.168.1.60")
                    .as("BIND's mail is someone else's: neither its A nor the PTR pointing at it is written there")
                    .noneMatch(l -> l.startsWith("dns.rfc2136") && l.contains("mail"));
            assertThat(preview.dns().problems()).extracting(p -> p.message())
                    .anyMatch(m -> m.startsWith("mail.lan.example.com already has records netbox-auto did not create"))
                    .anyMatch(m -> m.startsWith("60.1.168.192.in-addr.arpa is left as it is in dns.rfc2136"));
            // someone takes kiosk's name in NetBox between the preview and the push
            lab.nb.create("/api/dcim/devices/", "{\"name\": \"KIOSK\", \"device_type\": {\"slug\": \"server\"},"
                    + " \"role\": {\"slug\": \"server\"}, \"site\": {\"slug\": \"hq\"}}");

            PushReport report = lab.apply(preview);

            assertThat(report.failed()).isTrue();
            for (int i = 0; i < preview.dnsChanges().size(); i++) {
                String line = preview.dnsChanges().get(i).change().line();
                assertThat(report.dnsOutcomes().get(i).state()).as(line)
                        .isEqualTo(line.contains("kiosk") || line.contains("101.1.168") ? State.SKIPPED : State.OK);
            }
            assertThat(report.dnsOutcomes()).filteredOn(o -> o.state() == State.SKIPPED).allMatch(o -> o.message()
                    .orElseThrow().contains("create device kiosk did not succeed in NetBox"));
            assertThat(report.dnsTargets()).extracting(DnsTargetOutcome::target, DnsTargetOutcome::state,
                    DnsTargetOutcome::held).containsExactly(org.assertj.core.groups.Tuple.tuple("dns.unbound", State.OK, 2),
                    org.assertj.core.groups.Tuple.tuple("dns.rfc2136", State.OK, 2));
            assertThat(unbound.dig("kiosk.lan.example.com", "A")).isEmpty();
            assertThat(bind.dig("101.1.168.192.in-addr.arpa", "PTR")).isEmpty();
            assertThat(unbound.dig("till.lan.example.com", "A")).containsExactly("192.168.1.102");
            assertThat(bind.dig("102.1.168.192.in-addr.arpa", "PTR")).containsExactly("till.lan.example.com.");
            assertThat(bind.dig("60.1.168.192.in-addr.arpa", "PTR")).isEmpty();
            assertThat(bind.dig("mail.lan.example.com", "A")).containsExactly("192.168.1.25");
            assertForwardAndReverseAgree(lab);

            // the name is free again in NetBox: kiosk is matched to the device someone made, and gets DNS
            PushReport again = lab.pushAll();
            assertThat(again.dnsOutcomes()).isNotEmpty().allMatch(o -> o.state() == State.OK);
            assertThat(unbound.dig("kiosk.lan.example.com", "A")).containsExactly("192.168.1.101");
            assertThat(bind.dig("101.1.168.192.in-addr.arpa", "PTR")).containsExactly("kiosk.lan.example.com.");
            assertForwardAndReverseAgree(lab);
            assertThat(lab.preview().writes()).isZero();
        }
    }

    @Test
    void aHostLeftOutOfNetBoxGetsNoRecordAndThePlanSaysSo() throws Exception {
        try (PushLab lab = new PushLab(NetBoxMode.V4_6, dir, dnsConfig(bind.secret(), ssh.port()))) {
            FakeSeed.small(lab.nb);
            // till's MAC is on two NetBox devices: the host is ambiguous and is not pushed
            for (String name : List.of("pos-2", "pos-3")) {
                long id = lab.nb.create("/api/dcim/devices/", "{\"name\": \"" + name + "\", \"device_type\":"
                        + " {\"slug\": \"server\"}, \"role\": {\"slug\": \"server\"}, \"site\": {\"slug\": \"hq\"}}")
                        .get("id").asLong();
                long mac = lab.nb.create("/api/dcim/mac-addresses/", "{\"mac_address\": \"02:00:00:00:06:02\","
                        + " \"assigned_object_type\": \"dcim.interface\", \"assigned_object_id\": "
                        + FakeSeed.interfaceId(lab.nb, id, "eth0") + "}").get("id").asLong();
                lab.nb.update("/api/dcim/interfaces/", FakeSeed.interfaceId(lab.nb, id, "eth0"),
                        "{\"primary_mac_address\": " + mac + "}");
            }
            lab.approved(hosts());
            PushPreview preview = lab.preview();
            assertThat(preview.plan().problems()).anyMatch(p -> p.blocking()
                    && p.host().equals(Optional.of(MacAddress.of("02:00:00:00:06:02"))));
            assertThat(preview.dnsChanges()).noneMatch(l -> l.change().line().contains("till")
                    || l.change().line().contains("102.1.168"));
            assertThat(preview.dns().problems()).anyMatch(p -> p.mac().equals(MacAddress.of("02:00:00:00:06:02"))
                    && p.message().contains("the host is not pushed to NetBox"));
        }
    }

    @Test
    void aFailingDnsTargetFailsThePushAndStatusReportsEachPartApart() throws Exception {
        String wrongKey = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        try (PushLab lab = new PushLab(NetBoxMode.V4_6, dir, dnsConfig(wrongKey, ssh.port()))) {
            FakeSeed.small(lab.nb);
            lab.approved(hosts());

            assertThat(run(lab, "push", "--yes")).as(out + "\n" + err).isEqualTo(1);
            assertThat(out.toString()).contains("DNS dns.rfc2136: failed: dns.rfc2136")
                    .contains("DNS dns.unbound: 8 written");
            assertThat(unbound.dig("till.lan.example.com", "A")).containsExactly("192.168.1.102");
            assertThat(bind.dig("till.lan.example.com", "A")).isEmpty();

            out.getBuffer().setLength(0);
            assertThat(run(lab, "status", "--json")).as(err.toString()).isZero();
            JsonNode last = new ObjectMapper().readTree(out.toString()).path("lastPush");
            assertThat(last.path("netbox").path("failed").asInt()).isZero();
            assertThat(last.path("netbox").path("ok").asInt()).isEqualTo(last.path("netbox").path("actions").asInt())
                    .isPositive();
            assertThat(last.path("dns").toString()).contains("{\"target\":\"dns.unbound\",\"actions\":8,\"ok\":8,"
                    + "\"failed\":0,\"skipped\":0}").contains("{\"target\":\"dns.rfc2136\",\"actions\":1,\"ok\":0,"
                    + "\"failed\":1,\"skipped\":0}");
            out.getBuffer().setLength(0);
            assertThat(run(lab, "status")).isZero();
            assertThat(out.toString()).contains("  NetBox: ").contains("  DNS dns.rfc2136: 0 done, 1 failed");

            // NetBox and Unbound have all; BIND still cannot be read: nothing to write there, but the push fails
            out.getBuffer().setLength(0);
            assertThat(run(lab, "push", "--yes")).isEqualTo(1);
            assertThat(out.toString()).contains("a DNS target could not be read (below)")
                    .contains("DNS RFC 2136 at 127.0.0.1:" + bind.port() + " zone lan.example.com and"
                            + " 1.168.192.in-addr.arpa: could not be read, no change");
            out.getBuffer().setLength(0);
            assertThat(run(lab, "push", "--dry-run", "--format", "json")).isEqualTo(1);
            JsonNode targets = new ObjectMapper().readTree(out.toString()).path("dns").path("targets");
            assertThat(targets.get(0).path("error").isNull()).isTrue();
            assertThat(targets.get(1).path("error").asText()).startsWith("dns.rfc2136");
        }
    }

    @Test
    void aForeignIncludeFileOrAnUnreachableSshFailsThePushWhileBindIsWritten() throws Exception {
        Files.writeString(unbound.includeFile(), "server:\n    local-zone: \"lan.example.com.\" static\n");
        try (PushLab lab = new PushLab(NetBoxMode.V4_6, dir, dnsConfig(bind.secret(), ssh.port()))) {
            FakeSeed.small(lab.nb);
            lab.approved(hosts());
            assertThat(run(lab, "push", "--yes")).as(out + "\n" + err).isEqualTo(1);
            assertThat(out.toString()).contains("DNS dns.unbound: failed: ").contains("was not written by netbox-auto");
            assertThat(bind.dig("till.lan.example.com", "A")).containsExactly("192.168.1.102");
        }
        Files.writeString(unbound.includeFile(), "");
        try (PushLab lab = new PushLab(NetBoxMode.V4_6, dir.resolve("closed"),
                dnsConfig(bind.secret(), org.netboxauto.testsupport.ChildProcesses.freePort()))) {
            FakeSeed.small(lab.nb);
            lab.approved(hosts());
            out.getBuffer().setLength(0);
            assertThat(run(lab, "push", "--yes")).as(out + "\n" + err).isEqualTo(1);
            assertThat(out.toString()).contains("DNS dns.unbound: failed: ");
        }
    }

    private int run(PushLab lab, String... args) {
        var cli = Cli.create(new CliServices(new ConfigService(lab.locations()), new StatusService(lab.stores()),
                null, null, null, null, org.netboxauto.service.CompareService.of(
                        new org.netboxauto.service.HostService(lab.stores()), Runnable::run), lab.push, null));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** For every record netbox-auto holds in either target, the lookup the other way leads back to it. */
    private void assertForwardAndReverseAgree(PushLab lab) throws Exception {
        for (DnsTarget target : DnsService.enabledTargets(lab.config(), System::getenv)) {
            List<DnsRecord> records = target.read().records();
            assertThat(records).isNotEmpty();
            for (DnsRecord r : records) {
                List<String> back = r.type() == DnsRecordType.PTR
                        ? dig(target, r.value(), "A")
                        : dig(target, DnsAddresses.reverseName(DnsAddresses.parse(r.value()).orElseThrow()), "PTR");
                String expected = r.type() == DnsRecordType.PTR
                        ? r.name().replace(".in-addr.arpa", "")
                        : r.name() + ".";
                if (r.type() == DnsRecordType.PTR) {
                    String[] o = expected.split("\\.");
                    expected = o[3] + "." + o[2] + "." + o[1] + "." + o[0];
                }
                assertThat(back).as(target.target() + " " + r.text()).contains(expected);
            }
        }
    }

    private List<String> dig(DnsTarget target, String name, String type) throws Exception {
        return target.target().equals("dns.unbound") ? unbound.dig(name, type) : bind.dig(name, type);
    }
}
