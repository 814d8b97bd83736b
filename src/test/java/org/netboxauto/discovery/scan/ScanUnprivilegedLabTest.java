package org.netboxauto.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.ScanConfig.Method;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.scan.lab.Shell;
import org.netboxauto.discovery.scan.lab.ScanLab;

/** Without raw access the scan uses ICMP echo and TCP connects, and takes MACs from the neighbour table. */
class ScanUnprivilegedLabTest {

    private static final RawAccess NOT_ROOT = () -> Optional.of("not root and without CAP_NET_RAW (test)");

    @BeforeAll
    static void lab() {
        ScanLab.require();
    }

    @Test
    void hostsThatAnswerOnlyTcpAreFoundWithTheirMacs() throws Exception {
        String base = Labs.base24();
        try (ScanLab lab = Labs.slash24(base, 12)) {
            // no host in the lab answers ICMP echo: TCP is all they answer
            Shell.run(List.of("ip", "netns", "exec", lab.name(), "sysctl", "-qw", "net.ipv4.icmp_echo_ignore_all=1"));
            ScanContext context = new ScanContext();
            ScanCollector collector = new ScanCollector(Labs.config(lab, base + "0/24",
                    List.of(Method.ARP, Method.ICMP, Method.TCP), List.of()), "sources.scan", NOT_ROOT,
                    Path.of("/proc/net/arp"));

            List<Observation> found = collector.collect(context);

            assertThat(Labs.found(found)).isEqualTo(Labs.expected(lab));
            assertThat(found).allSatisfy(o -> assertThat(o.evidence()).containsEntry("method", "tcp"));
            assertThat(context.progressLines()).contains("12 hosts found");
            assertThat(context.progressLines()).anyMatch(l -> l.contains("unprivileged")
                    && l.contains("TCP connect to ports [22, 80]") && l.contains("not root"));
        }
    }

    @Test
    void whenArpIsNotListedTheModeSaysSo() throws Exception {
        String base = Labs.base24();
        try (ScanLab lab = Labs.slash24(base, 3)) {
            ScanContext context = new ScanContext();
            ScanCollector collector = new ScanCollector(Labs.config(lab, base + "0/24", List.of(Method.TCP),
                    List.of()), "sources.scan");

            List<Observation> found = collector.collect(context);

            assertThat(Labs.found(found)).isEqualTo(Labs.expected(lab));
            assertThat(context.progressLines()).anyMatch(l -> l.contains("sources.scan.methods does not list arp"));
        }
    }
}
