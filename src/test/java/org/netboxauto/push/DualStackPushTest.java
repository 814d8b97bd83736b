package org.netboxauto.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.dns.DnsAddresses;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.testsupport.BindServer;
import org.netboxauto.testsupport.DhcpLab;
import org.netboxauto.testsupport.InProcessCli;
import org.netboxauto.testsupport.InProcessCli.Run;
import org.netboxauto.testsupport.KeaServer;
import org.netboxauto.testsupport.Peers;
import org.netboxauto.testsupport.SshServer;
import org.netboxauto.testsupport.UnboundServer;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * A dual-stack lab end to end: real udhcpc and dhclient -6 clients get their leases from a real Kea (DHCPv4 and
 * DHCPv6 in a global documentation prefix), then {@code discover → approve → push --yes} puts every global IPv6
 * address in NetBox with the length of its longest NetBox prefix and as the device's primary_ip6, and a real
 * Unbound (over a real sshd) and a real BIND (RFC 2136) answer the AAAA and ip6.arpa PTR of each host.
 */
class DualStackPushTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ZONE = "lan.example.com";
    private static final String V6_REVERSE = "8.b.d.0.1.0.0.2.ip6.arpa";
    private static final Pattern IAADDR = Pattern.compile("iaaddr ([0-9a-fA-F:]+)");
    private static final int CLIENTS = 3;

    @TempDir
    Path home;

    @Test
    void everyGlobalIpv6AddressReachesNetBoxAsPrimaryIp6AndAnswersInUnboundAndBind() throws Exception {
        KeaServer.require();
        DhcpLab.require();
        Peers.require(Files.isExecutable(SshServer.SSHD), "OpenSSH sshd", "apt-get install openssh-server unbound");
        try (DhcpLab lab = DhcpLab.create(CLIENTS)) {
            String third = lab.v4Subnet().split("\\.")[2];
            String v6Net = "2001:db8:" + Integer.toHexString(Integer.parseInt(third));
            String v4Reverse = third + ".234.10.in-addr.arpa";
            try (KeaServer kea = KeaServer.start(new KeaServer.Options(true, true, true, lab, lab.v4Subnet(),
                    v6Net + "::/64", null, false));
                 SshServer ssh = SshServer.start(); UnboundServer unbound = UnboundServer.start();
                 BindServer bind = BindServer.start(List.of(v4Reverse, V6_REVERSE));
                 FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6)) {
                List<String> macs = lab.macs();
                List<String> v6 = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    lab.leaseV4(i, "dual-" + i);
                    lab.leaseV6(i);
                    v6.add(leasedV6(lab, i));
                }
                FakeSeed.catalog(nb);
                for (String prefix : List.of("2001:db8::/32", v6Net + "::/48", v6Net + ":1::/64", lab.v4Subnet())) {
                    nb.create("/api/ipam/prefixes/", "{\"prefix\": \"" + prefix + "\"}");
                }
                AppDirectories dirs = configure(kea, ssh, unbound, bind, nb, v4Reverse);

                Run discover = InProcessCli.run(dirs, "discover");
                assertThat(discover.exit()).as(discover.out() + discover.err()).isZero();
                List<String> approve = new ArrayList<>(List.of("approve"));
                approve.addAll(macs);
                assertThat(InProcessCli.run(dirs, approve.toArray(String[]::new)).exit()).isZero();

                Run dryRun = InProcessCli.run(dirs, "push", "--dry-run");
                assertThat(dryRun.exit()).as(dryRun.out() + dryRun.err()).isZero();
                assertThat(dryRun.out()).contains("Primary IPv6").contains(v6.getFirst() + "/48")
                        .contains("AAAA dual-0." + ZONE + " " + v6.getFirst())
                        .contains("PTR " + DnsAddresses.reverseName(IpLiterals.parse(v6.getFirst())));
                assertThat(nb.rows("ipam.ipaddress")).isEmpty();

                Run push = InProcessCli.run(dirs, "push", "--yes");
                assertThat(push.exit()).as(push.out() + push.err()).isZero();
                assertThat(push.out()).contains("0 failed, 0 skipped");

                SimpleResolver atUnbound = resolver(unbound.port());
                SimpleResolver atBind = resolver(bind.port());
                for (int i = 0; i < CLIENTS; i++) {
                    String name = "dual-" + i;
                    JsonNode device = device(nb, name);
                    JsonNode primary6 = device.path("primary_ip6");
                    assertThat(primary6.path("address").asText()).as(name).isEqualTo(v6.get(i) + "/48");
                    assertThat(device.path("primary_ip4").path("address").asText()).endsWith("/24");
                    JsonNode ip = nb.get("/api/ipam/ip-addresses/", primary6.path("id").asLong());
                    assertThat(ip.path("assigned_object").path("device").path("name").asText()).isEqualTo(name);
                    assertThat(ip.path("family").path("value").asInt()).isEqualTo(6);

                    String fqdn = name + "." + ZONE + ".";
                    String reverse = DnsAddresses.reverseName(IpLiterals.parse(v6.get(i))) + ".";
                    for (SimpleResolver dns : List.of(atUnbound, atBind)) {
                        assertThat(answers(dns, fqdn, Type.AAAA)).as(name).containsExactly(v6.get(i));
                        assertThat(answers(dns, reverse, Type.PTR)).as(reverse).containsExactly(fqdn);
                    }
                }
                assertThat(nb.rows("ipam.ipaddress")).filteredOn(r -> r.path("address").asText().contains(":"))
                        .hasSize(CLIENTS).noneMatch(r -> r.path("address").asText().startsWith("fe80"));
                assertThat(PushStates.duplicates(nb)).isEmpty();
                assertThat(nb.schemaViolations()).isEmpty();

                JsonNode diff = JSON.readTree(InProcessCli.run(dirs, "diff", "--format", "json").out());
                for (JsonNode row : diff.path("rows")) {
                    if (macs.stream().anyMatch(m -> m.equalsIgnoreCase(row.path("discovered").path("mac").asText()))) {
                        assertThat(row.path("outcome").asText()).as(row.toString()).isEqualTo("same");
                    }
                }
                long writes = nb.writes();
                Run again = InProcessCli.run(dirs, "push", "--yes");
                assertThat(again.out()).as(again.out() + again.err()).contains("nothing to write");
                assertThat(nb.writes()).isEqualTo(writes);
            }
        }
    }

    /** The address the client itself holds, from dhclient's lease file: not what our collector read. */
    private static String leasedV6(DhcpLab lab, int client) throws Exception {
        Matcher m = IAADDR.matcher(Files.readString(lab.dir().resolve("dhclient" + client + ".leases")));
        assertThat(m.find()).as("dhclient %d's lease", client).isTrue();
        return DnsAddresses.canonical(IpLiterals.parse(m.group(1)));
    }

    private AppDirectories configure(KeaServer kea, SshServer ssh, UnboundServer unbound, BindServer bind,
                                     FakeNetBox nb, String v4Reverse) throws Exception {
        AppDirectories dirs = new AppDirectories(home.resolve("config"), home.resolve("data"));
        Path token = secret("netbox.token", FakeNetBox.V1_TOKEN);
        Path keaPassword = secret("kea.pass", kea.password());
        Path tsig = secret("tsig.key", bind.secret());
        Files.createDirectories(dirs.defaultConfigFile().getParent());
        Files.writeString(dirs.defaultConfigFile(), """
                sources.kea = [ { name = dhcp, url = "%s", username = %s, password-file = "%s" } ]
                netbox {
                  url = "%s", token-file = "%s", timeout = 10s
                  defaults { site = hq, role = server, device-type = server }
                }
                dns.unbound {
                  enabled = true, ssh-host = "127.0.0.1", ssh-port = %d, ssh-user = "%s", key-file = "%s",
                  known-hosts = "%s", include-file = "%s", zone = "%s", reverse-zones = ["%s", "%s"],
                  unbound-control = "%s", unbound-checkconf = "%s"
                }
                dns.rfc2136 {
                  enabled = true, server = "127.0.0.1", port = %d, zone = "%s", reverse-zones = ["%s", "%s"],
                  tsig { name = "%s", secret-file = "%s" }
                }
                """.formatted(kea.url(), KeaServer.USER, keaPassword, nb.url(), token, ssh.port(), ssh.user(),
                ssh.clientKey(), ssh.knownHosts(), unbound.includeFile(), ZONE, v4Reverse, V6_REVERSE,
                unbound.control(), unbound.checkconf(), bind.port(), ZONE, v4Reverse, V6_REVERSE,
                BindServer.KEY_NAME, tsig));
        Files.setPosixFilePermissions(dirs.defaultConfigFile(), PosixFilePermissions.fromString("rw-------"));
        return dirs;
    }

    private Path secret(String file, String value) throws Exception {
        Path path = Files.writeString(home.resolve(file), value);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        return path;
    }

    private static JsonNode device(FakeNetBox nb, String name) {
        long id = nb.rows("dcim.device").stream().filter(d -> d.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no device " + name)).get("id").asLong();
        return nb.get("/api/dcim/devices/", id);
    }

    private static SimpleResolver resolver(int port) {
        SimpleResolver resolver = new SimpleResolver(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        resolver.setTimeout(Duration.ofSeconds(3));
        return resolver;
    }

    /** The answer records' data as text, canonical IPv6 for AAAA, asked with dnsjava's own resolver. */
    private static List<String> answers(SimpleResolver dns, String name, int type) throws Exception {
        Message response = dns.send(Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN)));
        assertThat(Rcode.string(response.getRcode())).as(name).isEqualTo("NOERROR");
        List<String> out = new ArrayList<>();
        for (Record r : response.getSection(Section.ANSWER)) {
            if (r.getType() == type) {
                out.add(r instanceof org.xbill.DNS.AAAARecord a ? DnsAddresses.canonical(a.getAddress())
                        : r.rdataToString());
            }
        }
        return out;
    }
}
