package org.netboxauto.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.ScanConfig.Method;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.scan.lab.ScanLab;

/** Privileged ARP sweeps of a namespace lab: every host with its own MAC, nothing else. */
class ScanArpLabTest {

    @BeforeAll
    static void lab() {
        ScanLab.require();
    }

    @Test
    void findsEveryHostWithItsMacAndNoGhosts() throws Exception {
        String base = Labs.base24();
        try (ScanLab lab = Labs.slash24(base, 20)) {
            ScanContext context = new ScanContext();
            ScanCollector collector = new ScanCollector(Labs.config(lab, base + "0/24", List.of(Method.ARP),
                    List.of()), "sources.scan");

            List<Observation> found = collector.collect(context);

            assertThat(Labs.found(found)).isEqualTo(Labs.expected(lab));
            assertThat(found).allSatisfy(o -> {
                assertThat(o.source()).isEqualTo("scan");
                assertThat(o.evidence()).containsEntry("method", "arp").containsKey("rtt-ms");
            });
            assertThat(context.progressLines()).anyMatch(l -> l.contains("privileged ARP on "
                    + lab.scannerInterface()));
            assertThat(context.progressLines()).anyMatch(l -> l.contains("probed 253 / 253 addresses"));
        }
    }
}
