package org.netboxauto.discovery.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.ConfigLoader;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.config.ScanConfig;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.scan.lab.ScanLab;

/** With the shipped settings a lab's sweep takes a few round trips, not the configured timeout per pass. */
class ScanTimingLabTest {

    @TempDir
    Path temp;

    @BeforeAll
    static void lab() {
        ScanLab.require();
    }

    @Test
    void aSlash24WithTheShippedSettingsEndsWithinOneTimeoutAndFindsEveryHost() throws Exception {
        String base = Labs.base24();
        try (ScanLab lab = Labs.slash24(base, 20)) {
            ScanConfig shipped = shipped(base + "0/24", lab.scannerInterface());
            assertThat(shipped.timeout().toMillis()).isEqualTo(1_000);
            assertThat(shipped.retries()).isEqualTo(2);
            ScanCollector collector = new ScanCollector(shipped, "sources.scan");
            collector.collect(new ScanContext());

            long start = System.nanoTime();
            List<Observation> found = collector.collect(new ScanContext());
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(Labs.found(found)).isEqualTo(Labs.expected(lab));
            // answers come within a millisecond here: waiting a timeout before each retry took (retries + 1) s
            assertThat(millis).isLessThan(shipped.timeout().toMillis());
        }
    }

    private ScanConfig shipped(String subnet, String nic) throws Exception {
        Path file = Files.writeString(temp.resolve("netbox-auto.conf"), """
                sources.scan { enabled = true, subnets = ["%s"], interface = "%s" }
                """.formatted(subnet, nic));
        AppDirectories dirs = new AppDirectories(temp.resolve("cfg"), temp.resolve("data"));
        return new ConfigLoader(new ConfigLocations(dirs, Map.of(), true)).load(Optional.of(file)).config()
                .orElseThrow().sources().scan();
    }
}
