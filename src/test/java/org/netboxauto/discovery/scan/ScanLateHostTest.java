package org.netboxauto.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.ScanConfig.Method;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.scan.lab.LabHost;
import org.netboxauto.discovery.scan.lab.ScanLab;

/** A host silent at the first probe is found by a retry. */
class ScanLateHostTest {

    @BeforeAll
    static void lab() {
        ScanLab.require();
    }

    @Test
    void hostThatAnswersOnlyAfterTheFirstPassIsFoundByARetry() throws Exception {
        String base = Labs.base24();
        try (ScanLab lab = Labs.slash24(base, 4)) {
            LabHost late = lab.hosts().getFirst();
            // the first address probed, coming up right after its first probe: the retry goes one learned wait later
            String lateIp = base + "2";
            CompletableFuture<Void> comesUp = CompletableFuture.runAsync(() -> {
                try {
                    lab.addAddress(late, lateIp);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS));

            List<Observation> found = new ScanCollector(Labs.config(lab, base + "0/24", List.of(Method.ARP),
                    List.of()), "sources.scan").collect(new ScanContext());
            comesUp.join();

            assertThat(Labs.found(found)).containsEntry(lateIp, late.mac()).hasSize(5);
        }
    }
}
