package org.netboxauto.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.ScanConfig;
import org.netboxauto.config.ScanConfig.Method;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.scan.lab.Ipv6Peers;
import org.netboxauto.discovery.scan.lab.LabHost;
import org.netboxauto.discovery.scan.lab.PeerScanner;
import org.netboxauto.discovery.scan.lab.Radvd;
import org.netboxauto.discovery.scan.lab.ScanLab;
import org.netboxauto.discovery.scan.lab.Shell;
import org.netboxauto.testsupport.Peers;

/** IPv6 prefixes found through their link, checked against ping -6 ff02::1, ip -6 neigh and ndisc6 in the same lab. */
class ScanIpv6LabTest {

    @TempDir
    Path temp;

    private static final RawAccess NOT_ROOT = () -> Optional.of("not root and without CAP_NET_RAW (test)");

    @BeforeAll
    static void lab() {
        ScanLab.require();
        Peers.require(Shell.succeeds("which", "ping") && Shell.succeeds("which", "ndisc6")
                && Shell.succeeds("which", "radvd"), "ping -6, ndisc6 and radvd", "apt-get install -y iputils-ping ndisc6 radvd");
    }

    @Test
    void everyAddressOfAUlaSlash64IsFoundWithItsMacFromTheLinkTheMacsAndOtherSources() throws Exception {
        String prefix = Labs.prefix64("fd00:e7");
        try (ScanLab lab = Labs.ipv6(prefix, 12)) {
            // a host with a third address that answers the all-nodes echo instead: its ::a:25 only another source
            // reported, and its EUI-64 address only its MAC tells
            LabHost reported = lab.hosts().get(3);
            lab.addAddress(reported, prefix + "b:3");
            ScanContext context = new ScanContext(List.of(ScanContext.storedHost(reported.mac(),
                    List.of("10.0.0.9", reported.ips().get(1)))));
            ScanCollector collector = new ScanCollector(Labs.config6(lab, prefix + "/64", List.of(Method.ARP)),
                    "sources.scan");

            List<Observation> found = collector.collect(context);

            Map<String, String> expected = canonical(Labs.expected(lab));
            expected.put(Ipv6Peers.canonical(prefix + "b:3"), reported.mac());
            assertThat(Labs.found(found)).isEqualTo(expected);
            assertThat(found).allSatisfy(o -> assertThat(o.evidence()).containsEntry("method", "ndp")
                    .containsKey("rtt-ms").containsEntry("link-local",
                            Ipv6.text(Ipv6.eui64(Ipv6.bytes("fe80::"), o.mac().bits()))));
            assertThat(context.progressLines()).anyMatch(l -> l.contains("privileged neighbour discovery on "
                    + lab.scannerInterface()));
            // ping -6 ff02::1 hears one address a host, the one it answers from: we have each with the same MAC
            PeerScanner.Run ping = Ipv6Peers.pingAllNodes(lab.scannerInterface(), prefix + "1", 1);
            assertThat(ping.found()).hasSize(lab.hosts().size());
            assertThat(Labs.found(found)).containsAllEntriesOf(ping.found());
            for (Map.Entry<String, String> e : expected.entrySet()) {
                assertThat(Ipv6Peers.ndisc6(e.getKey(), lab.scannerInterface())).as(e.getKey()).isEqualTo(e.getValue());
            }
        }
    }

    @Test
    void withoutRawAccessPingSocketsAndTheNeighbourTableFindEveryAddressWithItsMac() throws Exception {
        String prefix = Labs.prefix64("fd00:e7");
        try (ScanLab lab = Labs.ipv6(prefix, 6, true)) {
            Shell.run(List.of("ip", "netns", "exec", lab.scannerNamespace(), "sysctl", "-qw",
                    "net.ipv4.ping_group_range=0 2147483647"));
            Map<String, String> expected = canonical(Labs.expected(lab));

            List<String> out = childSweep(lab, prefix + "/64", "arp,icmp");

            Map<String, String> found = new TreeMap<>();
            out.stream().filter(l -> !l.startsWith("progress")).map(l -> l.split(" "))
                    .forEach(f -> found.put(f[0], f[1]));
            assertThat(found).isEqualTo(expected);
            assertThat(out).filteredOn(l -> !l.startsWith("progress")).allMatch(l -> l.endsWith(" icmp6"));
            assertThat(out).anyMatch(l -> l.contains("unprivileged ICMPv6 echo on " + lab.scannerInterface()));
        }
    }

    @Test
    void slaacAddressesOfADocumentationPrefixFromRadvdAreFound() throws Exception {
        String prefix = Labs.prefix64("2001:db8");
        List<LabHost> hosts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            hosts.add(new LabHost("m" + i, LabHost.macFor(i + 1), List.of()));
        }
        try (ScanLab lab = ScanLab.create(prefix + "1/64", hosts, false, true);
             Radvd radvd = Radvd.start(temp, lab, prefix + "/64")) {
            Map<String, String> expected = radvd.awaitAddresses(lab, Duration.ofSeconds(20));
            assertThat(expected).hasSize(hosts.size());
            ScanContext context = new ScanContext();

            List<Observation> found = new ScanCollector(Labs.config6(lab, prefix + "/64", List.of(Method.ARP)),
                    "sources.scan").collect(context);

            assertThat(Labs.found(found)).as(context.progressLines().toString()).isEqualTo(expected);
            for (Map.Entry<String, String> e : expected.entrySet()) {
                assertThat(Ipv6Peers.ndisc6(e.getKey(), lab.scannerInterface())).as(e.getKey()).isEqualTo(e.getValue());
            }
        }
    }

    @Test
    void aSlash120IsSweptAddressByAddressWithNeighbourSolicitations() throws Exception {
        String prefix = Labs.prefix64("fd00:e7");
        try (ScanLab lab = Labs.ipv6(prefix, 6)) {
            ScanContext context = new ScanContext();

            List<Observation> found = new ScanCollector(Labs.config6(lab, prefix + "a:0/120", List.of(Method.ARP)),
                    "sources.scan").collect(context);

            Map<String, String> expected = new TreeMap<>();
            lab.hosts().forEach(h -> expected.put(Ipv6Peers.canonical(h.ips().get(1)), h.mac()));
            assertThat(Labs.found(found)).isEqualTo(expected);
            assertThat(context.progressLines()).anyMatch(l -> l.contains("(every address)"))
                    .anyMatch(l -> l.startsWith("probed 256 / 256 addresses, 6 answered"));
        }
    }

    @Test
    void aPrefixOffEveryLinkAndWiderThanMaxPrefixV6IsRefusedNamingTheKey() {
        ScanConfig config = new ScanConfig(true, List.of(Cidr.parse("fd00:e7:ffff::/64")), List.of(),
                List.of(Method.ICMP), List.of(22), 5000, 2, Duration.ofMillis(300), Optional.empty(), 16, false);

        assertThatThrownBy(() -> new ScanCollector(config, "sources.scan", NOT_ROOT, Path.of("/proc/net/arp"))
                .collect(new ScanContext()))
                .hasMessageContaining("fd00:e7:ffff::/64 is not on a link of this machine")
                .hasMessageContaining("wider than /120").hasMessageContaining("sources.scan.max-prefix-v6");
    }

    /** An unprivileged sweep in a child JVM inside the lab's scanner namespace, whose ping sockets the test allows. */
    private List<String> childSweep(ScanLab lab, String prefix, String methods) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", lab.scannerNamespace(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                SweepMain.class.getName(), prefix, lab.scannerInterface(), methods));
        Process p = new ProcessBuilder(cmd).redirectError(temp.resolve("err.log").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(temp.resolve("err.log"))).isZero();
        return out.lines().toList();
    }

    static Map<String, String> canonical(Map<String, String> byIp) {
        Map<String, String> out = new TreeMap<>();
        byIp.forEach((ip, mac) -> out.put(Ipv6Peers.canonical(ip), mac));
        return out;
    }
}
