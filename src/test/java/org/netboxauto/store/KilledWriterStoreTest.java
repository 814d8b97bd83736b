package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.testsupport.ChildJvm;
import org.netboxauto.testsupport.StoreFixtures;
import org.netboxauto.testsupport.StoreWriterMain;

/** A discover process killed with SIGKILL mid-write must leave a store that opens and holds only whole runs. */
class KilledWriterStoreTest {

    private static final int KILLS = 3;

    @TempDir
    Path temp;

    @Test
    void storeSurvivesItsWriterBeingKilled() throws Exception {
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(temp.resolve("data")), Optional.empty(),
                Optional.empty());
        long runsBefore = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Process writer = ChildJvm.start(StoreWriterMain.class, temp.resolve("writer-" + kill + ".log"),
                    settings.jdbcUrl(), "forever");
            TwoProcessStoreTest.awaitReady(writer);
            Thread.sleep(ThreadLocalRandom.current().nextInt(200, 900));
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(writer.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

            long start = System.nanoTime();
            try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
                System.err.printf("reopen after SIGKILL #%d: %d ms%n", kill, (System.nanoTime() - start) / 1_000_000);
                assertThat(store.schemaVersion()).isEqualTo("5");
                long runs = StoreChecks.assertOnlyCompleteRuns(store);
                assertThat(runs).as("the killed writer committed more runs").isGreaterThan(runsBefore);
                StoreFixtures.writeCompleteRun(store, "after-kill", kill * 1000);
                assertThat(StoreChecks.assertOnlyCompleteRuns(store)).isEqualTo(runs + 1);
                runsBefore = runs + 1;
            }
        }
    }
}
