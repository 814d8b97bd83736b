package org.netboxauto.discovery.scan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.netboxauto.config.ScanConfig;
import org.netboxauto.config.ScanConfig.Method;
import org.netboxauto.core.Cidr;
import org.netboxauto.discovery.scan.lab.PeerScanner;
import org.netboxauto.discovery.scan.lab.PeerScanner.Run;
import org.netboxauto.discovery.scan.lab.ScanLab;
import org.netboxauto.discovery.scan.lab.Shell;
import org.netboxauto.testsupport.Peers;

/**
 * Our sweep against nmap, arp-scan and fping on the same labs in the same run; prints wall time and
 * recall, never fails on time. Run with {@code -Dtest=ScanBenchmarkTest -Dscan.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "scan.benchmark", matches = "true")
class ScanBenchmarkTest {

    private static final long PEER_LIMIT_SECONDS = Long.getLong("scan.benchmark.limit", 400);

    @BeforeAll
    static void peers() {
        ScanLab.require();
        for (String tool : List.of("nmap", "arp-scan", "fping")) {
            Peers.require(Shell.succeeds("which", tool), tool, "apt-get install -y nmap arp-scan fping");
        }
    }

    @Test
    void labA() throws Exception {
        String base = Labs.base24();
        try (ScanLab lab = Labs.slash24(base, 20)) {
            String cidr = base + "0/24";
            List<Run> runs = new ArrayList<>();
            runs.add(ours(lab, cidr, Integer.getInteger("scan.benchmark.rateA", 10_000), 100));
            runs.add(PeerScanner.nmap(lab.scannerInterface(), cidr, PEER_LIMIT_SECONDS));
            runs.add(PeerScanner.arpScan("arp-scan", lab.scannerInterface(), cidr, List.of(), PEER_LIMIT_SECONDS));
            runs.add(PeerScanner.arpScan("arp-scan -B 10M", lab.scannerInterface(), cidr, List.of("-B", "10M"),
                    PEER_LIMIT_SECONDS));
            runs.add(PeerScanner.fping(cidr, PEER_LIMIT_SECONDS));
            print("A: /24, 20 hosts, 20 MACs", Labs.expected(lab), runs);
        }
    }

    @Test
    void labB() throws Exception {
        try (ScanLab lab = Labs.slash16(20, 50)) {
            String cidr = "10.232.0.0/16";
            List<Run> runs = new ArrayList<>();
            runs.add(ours(lab, cidr, Integer.getInteger("scan.benchmark.rateB", 25_000), 250));
            runs.add(PeerScanner.arpScan("arp-scan -B 10M", lab.scannerInterface(), cidr, List.of("-B", "10M"),
                    PEER_LIMIT_SECONDS));
            if (Boolean.getBoolean("scan.benchmark.slow")) {
                runs.add(PeerScanner.nmap(lab.scannerInterface(), cidr, PEER_LIMIT_SECONDS));
                runs.add(PeerScanner.arpScan("arp-scan", lab.scannerInterface(), cidr, List.of(),
                        PEER_LIMIT_SECONDS));
            }
            print("B: /16, 1,000 addresses on 20 MACs", Labs.expected(lab), runs);
        }
    }

    /** The median of three runs after a warm-up, with the recall of the worst run. */
    private static Run ours(ScanLab lab, String cidr, int rate, int timeoutMillis) throws Exception {
        ScanConfig config = new ScanConfig(true, List.of(Cidr.parse(cidr)), List.of(), List.of(Method.ARP),
                List.of(22), rate, Integer.getInteger("scan.benchmark.retries", 1), Duration.ofMillis(timeoutMillis), Optional.of(lab.scannerInterface()), 16,
                false);
        ScanCollector collector = new ScanCollector(config, "sources.scan");
        collector.collect(new ScanContext());
        double[] seconds = new double[3];
        Map<String, String> worst = null;
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            Map<String, String> found = Labs.found(collector.collect(new ScanContext()));
            seconds[i] = (System.nanoTime() - start) / 1e9;
            worst = worst == null || found.size() < worst.size() ? found : worst;
        }
        Arrays.sort(seconds);
        return new Run(String.format(Locale.ROOT, "netbox-auto (%,d pps)", rate), seconds[1], worst, false);
    }

    private static void print(String lab, Map<String, String> expected, List<Run> runs) {
        double ourSeconds = runs.getFirst().seconds();
        System.out.printf(Locale.ROOT, "[benchmark] scan lab %s%n", lab);
        System.out.printf(Locale.ROOT, "[benchmark] %-24s %9s %8s %7s %7s %10s%n", "scanner", "wall s", "recall",
                "ghosts", "MAC ok", "vs ours");
        for (Run r : runs) {
            long hits = expected.keySet().stream().filter(r.found()::containsKey).count();
            long macOk = expected.entrySet().stream().filter(e -> e.getValue().equals(r.found().get(e.getKey())))
                    .count();
            // nmap lists the scanner's own address (.0.1 or .1), which is not a ghost
            long ghosts = r.found().keySet().stream().filter(ip -> !expected.containsKey(ip))
                    .filter(ip -> !ip.endsWith(".1")).count();
            System.out.printf(Locale.ROOT, "[benchmark] %-24s %9.3f %7.1f%% %7d %7d %9.1fx%s%n", r.name(),
                    r.seconds(), 100.0 * hits / expected.size(), ghosts, macOk, r.seconds() / ourSeconds,
                    r.timedOut() ? " (stopped at the limit)" : "");
        }
    }
}
