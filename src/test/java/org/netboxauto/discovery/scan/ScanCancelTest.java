package org.netboxauto.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.ScanConfig;
import org.netboxauto.config.ScanConfig.Method;
import org.netboxauto.core.Cidr;
import org.netboxauto.discovery.scan.lab.LabHost;
import org.netboxauto.discovery.scan.lab.ScanLab;

/** A /16 at a slow rate would take a minute; a cancel ends it within a second, with progress on the way. */
class ScanCancelTest {

    @BeforeAll
    static void lab() {
        ScanLab.require();
    }

    @Test
    void cancelEndsASlowSweepAtOnce() throws Exception {
        try (ScanLab lab = ScanLab.create("10.234.0.1/16", List.of(new LabHost("m0", LabHost.macFor(1),
                List.of("10.234.0.9"))))) {
            ScanConfig config = new ScanConfig(true, List.of(Cidr.parse("10.234.0.0/16")), List.of(),
                    List.of(Method.ARP), List.of(22), 1000, 2, Duration.ofSeconds(1),
                    Optional.of(lab.scannerInterface()), 16, false);
            ScanContext context = new ScanContext();
            CompletableFuture<Throwable> run = CompletableFuture.supplyAsync(() -> {
                try {
                    new ScanCollector(config, "sources.scan").collect(context);
                    return null;
                } catch (Exception e) {
                    return e;
                }
            });
            Thread.sleep(700);
            long cancelledAt = System.nanoTime();
            context.cancel();

            Throwable ended = run.get(5, TimeUnit.SECONDS);
            long tookMillis = (System.nanoTime() - cancelledAt) / 1_000_000;

            assertThat(ended).isInstanceOf(InterruptedException.class);
            assertThat(tookMillis).isLessThan(1000);
            assertThat(context.progressLines()).anyMatch(l -> l.matches("probed [1-9][0-9]* / 65,533 addresses.*"));
        }
    }
}
