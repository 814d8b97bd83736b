package org.netboxauto.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netboxauto.config.ScanConfig.Method;
import org.netboxauto.discovery.scan.lab.ScanLab;
import org.netboxauto.discovery.scan.lab.Shell;
import org.netboxauto.testsupport.Peers;

/** A capture inside the lab shows that an excluded address never sees a single probe. */
class ScanExcludeCaptureTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void lab() {
        ScanLab.require();
        Peers.require(Shell.succeeds("tcpdump", "--version"), "tcpdump", "apt-get install -y tcpdump");
    }

    @ParameterizedTest
    @EnumSource(value = Method.class, names = {"ARP", "TCP"})
    void excludedAddressIsNeverProbed(Method method) throws Exception {
        String base = Labs.base24();
        try (ScanLab lab = Labs.slash24(base, 5)) {
            String excludedHost = lab.hosts().get(2).ips().getFirst();
            String excludedSilent = base + "200";
            Path capture = temp.resolve("capture.txt");
            Process tcpdump = lab.inside("tcpdump", "-l", "-n", "-i", lab.labInterface(), "arp or ip")
                    .redirectOutput(capture.toFile()).start();
            try {
                awaitListening(tcpdump);
                ScanCollector collector = new ScanCollector(Labs.config(lab, base + "0/24", List.of(method),
                        List.of(excludedHost, base + "192/28")), "sources.scan",
                        method == Method.ARP ? RawAccess.SYSTEM : () -> Optional.of("test"), Path.of("/proc/net/arp"));

                assertThat(Labs.found(collector.collect(new ScanContext()))).hasSize(4).doesNotContainKey(excludedHost);
                Thread.sleep(300);
            } finally {
                tcpdump.destroy();
                tcpdump.waitFor(5, TimeUnit.SECONDS);
            }
            List<String> lines = Files.readAllLines(capture);
            assertThat(lines).as("the capture saw the sweep").anyMatch(l -> l.contains(base + "10"));
            assertThat(lines).noneMatch(l -> l.matches(".*\\b" + excludedHost.replace(".", "\\.") + "\\b.*"));
            assertThat(lines).noneMatch(l -> l.matches(".*\\b" + excludedSilent.replace(".", "\\.") + "\\b.*"));
        }
    }

    private static void awaitListening(Process tcpdump) throws Exception {
        BufferedReader err = new BufferedReader(new InputStreamReader(tcpdump.getErrorStream(),
                StandardCharsets.UTF_8));
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            if (line.contains("listening on")) {
                return;
            }
        }
        throw new AssertionError("tcpdump did not start");
    }
}
