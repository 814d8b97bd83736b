package org.netboxauto.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.discovery.scan.lab.ScanLab;
import org.netboxauto.discovery.scan.lab.Shell;

/**
 * ICMP echo through ping sockets, which the scanner's namespace allows or forbids with
 * {@code net.ipv4.ping_group_range}; the scanner runs in a child JVM inside that namespace.
 */
class ScanIcmpLabTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void lab() {
        ScanLab.require();
    }

    @Test
    void pingSocketsFindEveryHostWhereTheSystemAllowsThem() throws Exception {
        String base = Labs.base24();
        try (ScanLab lab = Labs.slash24Apart(base, 6)) {
            Shell.run(List.of("ip", "netns", "exec", lab.scannerNamespace(), "sysctl", "-qw",
                    "net.ipv4.ping_group_range=0 2147483647"));

            List<String> out = sweep(lab, base, "icmp");

            assertThat(hosts(out)).isEqualTo(Labs.expected(lab));
            assertThat(out).filteredOn(l -> !l.startsWith("progress")).allMatch(l -> l.endsWith(" icmp"));
        }
    }

    @Test
    void whereThePingGroupForbidsItTheScanGoesOnWithTcp() throws Exception {
        String base = Labs.base24();
        try (ScanLab lab = Labs.slash24Apart(base, 3)) {
            Shell.run(List.of("ip", "netns", "exec", lab.scannerNamespace(), "sysctl", "-qw",
                    "net.ipv4.ping_group_range=1 0"));

            List<String> out = sweep(lab, base, "icmp,tcp");

            assertThat(hosts(out)).isEqualTo(Labs.expected(lab));
            assertThat(out).filteredOn(l -> !l.startsWith("progress")).allMatch(l -> l.endsWith(" tcp"));
            assertThat(Files.readString(temp.resolve("err.log"))).contains("ICMP echo is not allowed for this user")
                    .contains("net.ipv4.ping_group_range");
        }
    }

    private List<String> sweep(ScanLab lab, String base, String methods) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", lab.scannerNamespace(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                SweepMain.class.getName(), base + "0/24", lab.scannerInterface(), methods));
        Process p = new ProcessBuilder(cmd).redirectError(temp.resolve("err.log").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(temp.resolve("err.log"))).isZero();
        return out.lines().toList();
    }

    private static Map<String, String> hosts(List<String> lines) {
        Map<String, String> out = new TreeMap<>();
        lines.stream().filter(l -> !l.startsWith("progress")).map(l -> l.split(" "))
                .forEach(f -> out.put(f[0], f[1]));
        return out;
    }
}
