package org.netboxauto.discovery.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.benchmark.DiscoverLauncher;
import org.netboxauto.discovery.scan.lab.PeerScanner;
import org.netboxauto.discovery.scan.lab.PeerScanner.Run;
import org.netboxauto.discovery.scan.lab.ScanLab;
import org.netboxauto.discovery.scan.lab.Shell;
import org.netboxauto.testsupport.Peers;

/**
 * {@code discover --source scan} from the packaged launcher with the shipped settings (only the
 * subnet configured), whole process, against nmap -sn on lab A and arp-scan -B 10M on lab B, taking
 * turns in one run: ours/peer per run, then min and median of three. Prints; never fails on time.
 * Run after {@code ./mvnw -DskipTests package} with
 * {@code -Dtest=ScanLauncherBenchmark -Dscan.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "scan.benchmark", matches = "true")
class ScanLauncherBenchmark {

    private static final int RUNS = 3;
    private static final long PEER_LIMIT_SECONDS = 400;

    @TempDir
    Path home;

    @BeforeAll
    static void peers() {
        ScanLab.require();
        Peers.require(DiscoverLauncher.packaged(), "the packaged launcher", "run ./mvnw -DskipTests package first");
        for (String tool : List.of("nmap", "arp-scan")) {
            Peers.require(Shell.succeeds("which", tool), tool, "apt-get install -y nmap arp-scan");
        }
    }

    @Test
    void labASlash24AgainstNmap() throws Exception {
        String base = Labs.base24();
        try (ScanLab lab = Labs.slash24(base, 20)) {
            String cidr = base + "0/24";
            compare("A: /24, 20 hosts", lab, cidr, () -> PeerScanner.nmap(lab.scannerInterface(), cidr,
                    PEER_LIMIT_SECONDS));
        }
    }

    @Test
    void labBSlash16AgainstArpScan() throws Exception {
        try (ScanLab lab = Labs.slash16(20, 50)) {
            String cidr = "10.232.0.0/16";
            compare("B: /16, 1,000 addresses on 20 MACs", lab, cidr, () -> PeerScanner.arpScan("arp-scan -B 10M",
                    lab.scannerInterface(), cidr, List.of("-B", "10M"), PEER_LIMIT_SECONDS));
        }
    }

    private void compare(String name, ScanLab lab, String cidr, Peer peer) throws Exception {
        String config = """
                sources.scan { enabled = true, subnets = ["%s"] }
                """.formatted(cidr);
        DiscoverLauncher ours = new DiscoverLauncher(home.resolve("ours"), config);
        // -Dscan.benchmark.baseline=DIR/bin/netbox-auto: an earlier build's launcher, in turns with this one
        String baselineScript = System.getProperty("scan.benchmark.baseline", "");
        DiscoverLauncher baseline = baselineScript.isEmpty() ? null
                : new DiscoverLauncher(home.resolve("baseline"), config, Path.of(baselineScript));
        Map<String, String> expected = Labs.expected(lab);
        for (DiscoverLauncher l : baseline == null ? List.of(ours) : List.of(ours, baseline)) {
            l.run("discover", "--source", "scan");
            l.awaitClassCache();
        }
        double[] our = new double[RUNS];
        double[] sweep = new double[RUNS];
        double[] before = new double[RUNS];
        double[] their = new double[RUNS];
        int ourWorst = Integer.MAX_VALUE;
        int theirWorst = Integer.MAX_VALUE;
        String peerName = "";
        System.out.printf(Locale.ROOT, "[benchmark] scan lab %s, whole process, shipped settings%n", name);
        for (int i = 0; i < RUNS; i++) {
            our[i] = ours.run("discover", "--source", "scan").seconds();
            sweep[i] = ours.lastCollectorSeconds();
            ourWorst = Math.min(ourWorst, recall(expected, ours.lastRunIps()));
            if (baseline != null) {
                before[i] = baseline.run("discover", "--source", "scan").seconds();
            }
            Run r = peer.run();
            their[i] = r.seconds();
            theirWorst = Math.min(theirWorst, recall(expected, r.found()));
            peerName = r.name();
            System.out.printf(Locale.ROOT, "[benchmark]   run %d: netbox-auto %.2f s (scan collector %.2f s)%s, %s %.2f s:"
                    + " ours/peer %.2fx%n", i + 1, our[i], sweep[i], baseline == null ? ""
                    : String.format(Locale.ROOT, ", baseline build %.2f s", before[i]), peerName, their[i],
                    our[i] / their[i]);
        }
        System.out.printf(Locale.ROOT, "[benchmark]   netbox-auto %s s (scan collector %s s), recall %d/%d (worst run)%n",
                DiscoverLauncher.minMedian(our), DiscoverLauncher.minMedian(sweep), ourWorst, expected.size());
        if (baseline != null) {
            System.out.printf(Locale.ROOT, "[benchmark]   baseline build %s s: baseline/peer median %.2fx%n",
                    DiscoverLauncher.minMedian(before), DiscoverLauncher.median(before) / DiscoverLauncher.median(their));
        }
        System.out.printf(Locale.ROOT, "[benchmark]   %s %s s, recall %d/%d (worst run)%n", peerName,
                DiscoverLauncher.minMedian(their), theirWorst, expected.size());
        System.out.printf(Locale.ROOT, "[benchmark]   ours/peer: min %.2fx, median %.2fx%n",
                DiscoverLauncher.min(our) / DiscoverLauncher.min(their),
                DiscoverLauncher.median(our) / DiscoverLauncher.median(their));
    }

    private static int recall(Map<String, String> expected, Map<String, String> found) {
        return (int) expected.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(found.getOrDefault(e.getKey(),
                ""))).count();
    }

    private interface Peer {
        Run run() throws Exception;
    }
}
