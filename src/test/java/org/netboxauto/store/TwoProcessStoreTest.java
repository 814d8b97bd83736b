package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.service.StoreUnavailableException;
import org.netboxauto.testsupport.ChildJvm;
import org.netboxauto.testsupport.StoreFixtures;
import org.netboxauto.testsupport.StoreWriterMain;

/** The GUI and a cron discover on one H2 file: two JVMs at once. */
class TwoProcessStoreTest {

    private static final int RUNS_PER_PROCESS = 150;
    private static final java.time.Duration SHORT_WAIT = java.time.Duration.ofSeconds(3);

    @TempDir
    Path temp;

    @Test
    void twoProcessesWriteToOneH2FileAtOnce() throws Exception {
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(temp.resolve("data")), Optional.empty(),
                Optional.empty());
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            Path childLog = temp.resolve("child.log");
            Process child = ChildJvm.start(StoreWriterMain.class, childLog, settings.jdbcUrl(), "runs",
                    Integer.toString(RUNS_PER_PROCESS));
            BufferedReader childOut = awaitReady(child);
            for (int i = 0; i < RUNS_PER_PROCESS; i++) {
                StoreFixtures.writeCompleteRun(store, "routeros:parent", i * 16);
            }
            assertThat(child.waitFor(180, TimeUnit.SECONDS)).as("child finished").isTrue();
            assertThat(child.exitValue()).as("child exit code; its log: %s", Files.readString(childLog)).isZero();
            assertThat(childOut.lines()).as("child's output")
                    .contains("done " + RUNS_PER_PROCESS);

            assertThat(StoreChecks.assertOnlyCompleteRuns(store)).isEqualTo(2L * RUNS_PER_PROCESS);
            assertThat(store.summary().runs()).isEqualTo(2L * RUNS_PER_PROCESS);
        }
    }

    @Test
    void twoProcessesCreatingTheStoreAtOnceBothSucceed() throws Exception {
        String url = StoreConfig.defaultH2Url(temp.resolve("race"));
        Process first = ChildJvm.start(StoreWriterMain.class, temp.resolve("first.log"), url, "runs", "20");
        Process second = ChildJvm.start(StoreWriterMain.class, temp.resolve("second.log"), url, "runs", "20");
        for (Process child : new Process[] {first, second}) {
            assertThat(child.waitFor(180, TimeUnit.SECONDS)).as("child finished").isTrue();
            assertThat(child.exitValue()).as("exit code; logs: %s / %s", Files.readString(temp.resolve("first.log")),
                    Files.readString(temp.resolve("second.log"))).isZero();
        }
        StoreSettings settings = new StoreSettings(url, Optional.empty(), Optional.empty());
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            assertThat(StoreChecks.assertOnlyCompleteRuns(store)).isEqualTo(40);
        }
    }

    @Test
    void aStoreHeldByAnotherProcessNamesItAtOnceAndGivesUpInBoundedTime() throws Exception {
        Path dataDir = temp.resolve("held");
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(dataDir), Optional.empty(), Optional.empty());
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            StoreFixtures.writeCompleteRun(store, "routeros:before", 1);
        }
        Process holder = ChildJvm.start(StoreWriterMain.class, temp.resolve("holder.log"), settings.jdbcUrl(), "hold");
        try {
            awaitReady(holder);
            long start = System.nanoTime();
            assertThatThrownBy(() -> MyBatisStagingStoreOpener.waitingAtMost(SHORT_WAIT).open(settings))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining(dataDir.resolve("store.mv.db").toString())
                    .hasMessageContaining("in use by netbox-auto")
                    .hasMessageContaining("PID " + holder.pid())
                    .hasMessageContaining("try again")
                    .hasMessageContaining("Nothing was changed");
            long waited = (System.nanoTime() - start) / 1_000_000;
            assertThat(waited).as("gave up after the configured wait, not minutes")
                    .isBetween(SHORT_WAIT.toMillis(), SHORT_WAIT.toMillis() + 10_000);
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(dataDir.resolve("store.trace.db")).as("no H2 trace file with a stack trace").doesNotExist();
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            assertThat(StoreChecks.assertOnlyCompleteRuns(store)).isEqualTo(1);
        }
    }

    @Test
    void aProcessWaitingForTheStoreProceedsOnceTheHolderLetsGo() throws Exception {
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(temp.resolve("turns")), Optional.empty(),
                Optional.empty());
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            StoreFixtures.writeCompleteRun(store, "routeros:before", 1);
        }
        Process holder = ChildJvm.start(StoreWriterMain.class, temp.resolve("holder.log"), settings.jdbcUrl(), "hold");
        awaitReady(holder);
        Thread release = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(1500);
                holder.getOutputStream().close();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long start = System.nanoTime();
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            StoreFixtures.writeCompleteRun(store, "routeros:after", 100);
            assertThat(StoreChecks.assertOnlyCompleteRuns(store)).isEqualTo(2);
        }
        release.join();
        assertThat((System.nanoTime() - start) / 1_000_000).as("waited only until the holder let go").isLessThan(15_000);
        assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    /** Waits until the child said "ready" (the store is open, its first write committed). */
    static BufferedReader awaitReady(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("child's first line (null = it died)").isEqualTo("ready");
        return out;
    }
}
