package org.netboxauto.discovery.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.NamesConfig;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.names.FoundName;
import org.netboxauto.core.names.NameMethod;
import org.netboxauto.core.names.NameRequest;
import org.netboxauto.testsupport.NamesLab;
import org.netboxauto.testsupport.UnboundServer;

/** Names from real peers: Unbound for PTR, Samba's nmbd for NetBIOS, avahi-daemon for mDNS, in a namespace. */
class NameFinderPeersTest {

    private static final MacAddress A = MacAddress.parse("02:37:00:00:00:02").orElseThrow();
    private static final MacAddress B = MacAddress.parse("02:37:00:00:00:09").orElseThrow();

    @Test
    void everyMethodNamesTheHostThatAnswersAndNothingElse() throws Exception {
        try (NamesLab lab = NamesLab.withPeers(); UnboundServer dns = UnboundServer.start()) {
            Files.writeString(dns.includeFile(), "local-data-ptr: \"" + lab.host() + " pc2.lan.example.com\"\n");
            dns.reload();
            NameFinder finder = new NameFinder(config(Duration.ofSeconds(2)),
                    List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), dns.port())));

            NameResults results = finder.find(List.of(new NameRequest(A, lab.host()),
                    new NameRequest(B, lab.silent(9))));

            Map<NameMethod, String> names = results.found().stream()
                    .collect(Collectors.toMap(FoundName::method, FoundName::name));
            assertThat(names).containsExactlyInAnyOrderEntriesOf(Map.of(
                    NameMethod.PTR, "pc2.lan.example.com",
                    NameMethod.NETBIOS, NamesLab.NETBIOS_NAME.toLowerCase(java.util.Locale.ROOT),
                    NameMethod.MDNS, NamesLab.MDNS_NAME));
            assertThat(results.found()).allMatch(f -> f.request().mac().equals(A));
            // Unbound answers NXDOMAIN for .9; nobody at .9 answers NetBIOS or mDNS
            assertThat(results.tallies().get(NameMethod.PTR)).isEqualTo(new MethodTally(2, 2, 1, 0));
            assertThat(results.tallies().get(NameMethod.NETBIOS)).isEqualTo(new MethodTally(2, 1, 1, 0));
            assertThat(results.tallies().get(NameMethod.MDNS)).isEqualTo(new MethodTally(2, 1, 1, 0));
        }
    }

    @Test
    void aSilentNameServerCostsOneTimeoutAndNamesNothing() throws Exception {
        try (NamesLab lab = NamesLab.empty(); DatagramSocket silent = new DatagramSocket(0,
                InetAddress.getLoopbackAddress())) {
            NameFinder finder = new NameFinder(config(Duration.ofMillis(700)),
                    List.of((InetSocketAddress) silent.getLocalSocketAddress()));
            List<NameRequest> requests = java.util.stream.IntStream.range(10, 60)
                    .mapToObj(i -> new NameRequest(MacAddress.parse(String.format("02:37:00:00:01:%02x", i)).orElseThrow(),
                            lab.silent(i))).toList();

            long start = System.nanoTime();
            NameResults results = finder.find(requests);
            long took = (System.nanoTime() - start) / 1_000_000;

            assertThat(results.found()).isEmpty();
            assertThat(results.tallies().get(NameMethod.PTR)).isEqualTo(new MethodTally(50, 0, 0, 0));
            assertThat(took).as("50 hosts at once, each within 700 ms").isBetween(650L, 3_000L);
        }
    }

    /** Two methods named in the order given; a host is asked once however many MACs carry its address. */
    @Test
    void anAddressIsAskedOncePerRun() throws Exception {
        try (NamesLab lab = NamesLab.withPeers()) {
            NameFinder finder = new NameFinder(new NamesConfig(true, List.of(NameMethod.NETBIOS), List.of(),
                    Duration.ofSeconds(2), 4), List.of());
            NameResults results = finder.find(List.of(new NameRequest(A, lab.host()), new NameRequest(B, lab.host())));
            assertThat(results.found()).extracting(f -> f.request().mac()).containsExactlyInAnyOrder(A, B);
            assertThat(results.tallies().get(NameMethod.NETBIOS).asked()).isEqualTo(1);
        }
    }

    private static NamesConfig config(Duration timeout) {
        return new NamesConfig(true, List.of(NameMethod.PTR, NameMethod.NETBIOS, NameMethod.MDNS), List.of(), timeout,
                256);
    }
}
