package org.netboxauto.discovery.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.ConfigLoader;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.config.SnmpSource;
import org.netboxauto.core.Correlator;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Host;
import org.netboxauto.core.Ipv6Addresses;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.SourceKind;
import org.netboxauto.core.location.LocationEvidence;
import org.netboxauto.discovery.scan.lab.Ipv6Peers;
import org.netboxauto.discovery.scan.lab.LabHost;
import org.netboxauto.discovery.scan.lab.ScanLab;
import org.netboxauto.discovery.scan.lab.Shell;
import org.netboxauto.testsupport.Peers;

/**
 * A real net-snmp {@code snmpd} in the namespace of a lab's router, which has pinged its hosts over IPv6 (ULA and
 * link-local) and IPv4: the collector, with the shipped settings, reports every entry of that namespace's
 * {@code ip neigh} with its MAC, the link-local ones as evidence only.
 */
class SnmpdIpv6NeighboursTest {

    private static final int HOSTS = 5;

    @TempDir
    static Path temp;

    private static ScanLab lab;
    private static Snmpd snmpd;
    private static String management;
    private static String sourceName;
    private static final Map<LabHost, String> LINK_LOCAL = new HashMap<>();
    private static final Map<LabHost, String> IPV4 = new HashMap<>();
    private static Map<String, String> neigh6;
    private static Map<String, String> neigh4;
    private static List<Observation> observations;

    @BeforeAll
    static void collect() throws Exception {
        ScanLab.require();
        Snmpd.require();
        Peers.require(Shell.succeeds("which", "ping"), "ping", "apt-get install -y iputils-ping");
        int third = ThreadLocalRandom.current().nextInt(1, 255);
        String prefix = "fd00:e8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xFFFF)) + "::";
        List<LabHost> hosts = new ArrayList<>();
        for (int i = 0; i < HOSTS; i++) {
            // the first two hold a second address, as a host with a privacy address beside its stable one
            List<String> ips = i < 2 ? List.of(prefix + "c:" + (i + 1), prefix + "b:" + (16 + i))
                    : List.of(prefix + "b:" + (16 + i));
            hosts.add(new LabHost("m" + i, LabHost.macFor(0x600 + i), ips));
        }
        // the router's end (scanner namespace) and each host in a namespace of its own: every host has its own
        // link-local address and answers only for its own addresses
        lab = ScanLab.create(prefix + "1/64", hosts, true, true);
        String router = lab.scannerNamespace();
        String nic = lab.scannerInterface();
        Shell.run(List.of("ip", "-n", router, "addr", "add", "10.239." + third + ".1/24", "dev", nic));
        for (int i = 0; i < HOSTS; i++) {
            LabHost h = hosts.get(i);
            IPV4.put(h, "10.239." + third + "." + (16 + i));
            Shell.run(List.of("ip", "-n", lab.hostNamespace(h), "addr", "add", IPV4.get(h) + "/24", "dev", h.name()));
        }
        // the management link: this namespace to the router's, addresses no other test uses
        String root = lab.name() + "-a";
        management = "10.238." + third + ".1";
        Shell.run(List.of("ip", "link", "add", root, "type", "veth", "peer", "name", lab.name() + "-b", "netns",
                router));
        Shell.run(List.of("ip", "addr", "add", management + "/30", "dev", root));
        Shell.run(List.of("ip", "link", "set", root, "up"));
        Shell.run(List.of("ip", "-n", router, "addr", "add", "10.238." + third + ".2/30", "dev", lab.name() + "-b"));
        Shell.run(List.of("ip", "-n", router, "link", "set", lab.name() + "-b", "up"));
        lab.awaitLinkLocal();

        for (LabHost h : hosts) {
            String text = Shell.run(List.of("ip", "-n", lab.hostNamespace(h), "-6", "-o", "addr", "show", "dev",
                    h.name(), "scope", "link"));
            String address = text.substring(text.indexOf("inet6 ") + 6, text.indexOf('/', text.indexOf("inet6 ")));
            LINK_LOCAL.put(h, Ipv6Peers.canonical(address));
            List<String> targets = new ArrayList<>(h.ips());
            targets.add(address + "%" + nic);
            targets.add(IPV4.get(h));
            for (String target : targets) {
                Shell.run(List.of("ip", "netns", "exec", router, "ping", "-n", "-c", "1", "-W", "2", target));
            }
        }

        String community = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        sourceName = lab.name() + "-router";
        Files.createDirectories(temp.resolve("state"));
        snmpd = Snmpd.start(temp, router, "10.238." + third + ".2:16161", management, community, sourceName);
        SnmpSource source = shippedSource("10.238." + third + ".2", 16161, community);
        observations = new SnmpCollector(source, "sources.snmp[0]", new Semaphore(1)).collect(new TestContext());
        neigh6 = Ipv6Peers.neighbours(router, "-6");
        neigh4 = Ipv6Peers.neighbours(router, "-4");
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (snmpd != null) {
                snmpd.close();
            }
        } finally {
            if (lab != null) {
                Shell.succeeds("ip", "link", "del", lab.name() + "-a");
                lab.close();
            }
        }
    }

    @Test
    void theRoutersNeighbourTableHoldsEveryHostAddressWithItsMac() {
        for (LabHost h : lab.hosts()) {
            h.ips().forEach(ip -> assertThat(neigh6).containsEntry(Ipv6Peers.canonical(ip), h.mac()));
            assertThat(neigh6).containsEntry(LINK_LOCAL.get(h), h.mac());
            assertThat(neigh4).containsEntry(IPV4.get(h), h.mac());
        }
    }

    @Test
    void everyUlaAndIpv4NeighbourIsReadWithTheMacIpNeighListsAndNoLinkLocalOneAsAnAddress() {
        List<Observation> arp = arp();
        Map<String, String> read = new TreeMap<>();
        arp.forEach(o -> o.ips().forEach(ip -> read.put(ip, o.mac().toString())));
        Map<String, String> expected = new TreeMap<>(neigh4);
        neigh6.forEach((ip, mac) -> {
            if (!Ipv6Addresses.isLinkLocal(ip)) {
                expected.put(ip, mac);
            }
        });
        assertThat(read).isEqualTo(expected);
        assertThat(read.keySet()).noneMatch(Ipv6Addresses::isLinkLocal);
        assertThat(expected).hasSize(lab.hosts().stream().mapToInt(h -> h.ips().size() + 1).sum() + 1)
                .containsKey(management);
    }

    @Test
    void linkLocalNeighboursAreEvidenceOfTheirMacOnTheLabInterface() {
        Map<String, String> evidence = new TreeMap<>();
        arp().stream().filter(o -> o.evidence().containsKey(Evidence.LINK_LOCAL)).forEach(o -> {
            assertThat(o.ips()).isEmpty();
            evidence.put(o.evidence().get(Evidence.LINK_LOCAL), o.mac().toString());
        });
        Map<String, String> expected = neigh6.entrySet().stream().filter(e -> Ipv6Addresses.isLinkLocal(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(evidence).isEqualTo(expected).hasSizeGreaterThanOrEqualTo(HOSTS);
        Set<String> labMacs = lab.hosts().stream().map(LabHost::mac).collect(Collectors.toSet());
        assertThat(arp()).filteredOn(o -> labMacs.contains(o.mac().toString()))
                .hasSize(lab.hosts().stream().mapToInt(h -> h.ips().size() + 2).sum())
                .allSatisfy(o -> assertThat(o.evidence()).containsEntry(Evidence.INTERFACE, lab.scannerInterface()));
    }

    @Test
    void eachHostCarriesItsUlaAndIpv4AddressesAndItsLinkLocalOneAsEvidence() {
        List<Host> hosts = new Correlator(List.of(SourceKind.SNMP)).correlate(observations, List.of(),
                Set.of("snmp:" + sourceName)).updated();
        for (LabHost lh : lab.hosts()) {
            Host host = hosts.stream().filter(h -> h.mac().equals(MacAddress.of(lh.mac()))).findFirst().orElseThrow();
            List<String> ips = new ArrayList<>(lh.ips().stream().map(Ipv6Peers::canonical).toList());
            ips.add(IPV4.get(lh));
            assertThat(host.ipValues()).as(lh.name()).containsExactlyInAnyOrderElementsOf(ips);
            assertThat(host.evidence().get("snmp:" + sourceName)).containsEntry(Evidence.LINK_LOCAL,
                    LINK_LOCAL.get(lh));
        }
    }

    private static List<Observation> arp() {
        return observations.stream().filter(o -> LocationEvidence.TABLE_ARP.equals(o.evidence().get(Evidence.TABLE)))
                .toList();
    }

    /** The source as a config file names it with only host, port and community: every other setting shipped. */
    private static SnmpSource shippedSource(String host, int port, String community) throws Exception {
        Path file = Files.writeString(temp.resolve("netbox-auto.conf"), """
                sources.snmp = [ { name = "%s", host = "%s", port = %d, community = "%s" } ]
                """.formatted(sourceName, host, port, community));
        AppDirectories dirs = new AppDirectories(temp.resolve("cfg"), temp.resolve("data"));
        return new ConfigLoader(new ConfigLocations(dirs, Map.of(), true)).load(Optional.of(file)).config()
                .orElseThrow().sources().snmp().getFirst();
    }
}
