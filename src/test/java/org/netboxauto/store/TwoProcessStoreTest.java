package org.netboxauto.store;

import org.netboxauto.core.SourceStatus;
import org.netboxauto.core.RunStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
                StoreFixtures.writeCompleteRun(store, "parent", i * 16);
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
    void aTransactionCutByTheOwnerExitingIsRetriedWhole() throws Exception {
        String url = StoreConfig.defaultH2Url(temp.resolve("handover"));
        Process owner = ChildJvm.start(StoreWriterMain.class, temp.resolve("owner.log"), url, "hold");
        awaitReady(owner);
        StoreSettings settings = new StoreSettings(url, Optional.empty(), Optional.empty());
        AtomicInteger attempts = new AtomicInteger();
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            store.write(session -> {
                RunMapper runs = session.getMapper(RunMapper.class);
                GeneratedId id = new GeneratedId();
                runs.insertRun(Instant.now(), RunStatus.RUNNING, id);
                if (attempts.incrementAndGet() == 1) {
                    // the GUI that owned the file is closed while a cron discover is mid-transaction
                    stopQuietly(owner);
                }
                runs.insertSourceResult(new SourceResultRecord(id.value(), "cron", SourceStatus.SUCCEEDED, 0, null));
                return runs.finishRun(id.value(), Instant.now(), RunStatus.SUCCEEDED);
            });

            assertThat(attempts.get()).as("the cut transaction ran again").isEqualTo(2);
            long runs = store.read(session -> session.getMapper(RunMapper.class).countRuns());
            long succeeded = store.read(session -> session.getMapper(RunMapper.class)
                    .countRunsWithStatus(RunStatus.SUCCEEDED));
            assertThat(runs).as("runs").isEqualTo(1);
            assertThat(succeeded).as("finished runs").isEqualTo(1);
        }
    }

    private static void stopQuietly(Process owner) {
        try {
            owner.getOutputStream().close();
            assertThat(owner.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void fileHeldWithoutSharingGivesAClearMessageAndStaysIntact() throws Exception {
        Path dataDir = temp.resolve("exclusive");
        String exclusiveUrl = "jdbc:h2:file:" + dataDir.resolve("store");
        StoreSettings settings = new StoreSettings(exclusiveUrl, Optional.empty(), Optional.empty());
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            StoreFixtures.writeCompleteRun(store, "before", 1);
        }
        Process holder = ChildJvm.start(StoreWriterMain.class, temp.resolve("holder.log"), exclusiveUrl, "hold");
        try {
            awaitReady(holder);
            assertThatThrownBy(() -> new MyBatisStagingStoreOpener().open(settings))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining(dataDir.resolve("store.mv.db").toString())
                    .hasMessageContaining("in use by another program")
                    .hasMessageContaining("try again");
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            assertThat(StoreChecks.assertOnlyCompleteRuns(store)).isEqualTo(1);
        }
    }

    /** Waits until the child said "ready" (the store is open, its first write committed). */
    static BufferedReader awaitReady(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("child's first line (null = it died)").isEqualTo("ready");
        return out;
    }
}
