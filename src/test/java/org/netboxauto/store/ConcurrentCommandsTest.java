package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.core.RunStatus;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.testsupport.ChildJvm;
import org.netboxauto.testsupport.StoreWorkMain;

/**
 * Two and four netbox-auto commands started at once on one H2 store, round after round: each one
 * finishes in normal time, none fails, every run and decision is there afterwards.
 * {@code -Dnetboxauto.rounds=N} repeats more often than the suite does.
 */
class ConcurrentCommandsTest {

    private static final int ROUNDS = Integer.getInteger("netboxauto.rounds", 5);
    private static final long COMMAND_BUDGET_SECONDS = 60;

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} commands at once")
    @ValueSource(ints = {2, 4})
    void commandsStartedTogetherAllFinishAndKeepEverything(int together) throws Exception {
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(temp.resolve("data")), Optional.empty(),
                Optional.empty());
        long slowest = 0;
        int failed = 0;
        int hangs = 0;
        List<Long> runs = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<Process> commands = new ArrayList<>();
            List<Path> logs = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < together; i++) {
                Path log = temp.resolve("round-" + round + "-" + i + ".log");
                logs.add(log);
                commands.add(ChildJvm.start(StoreWorkMain.class, log, settings.jdbcUrl(), "-", "-", "command", "200"));
            }
            for (int i = 0; i < together; i++) {
                Process p = commands.get(i);
                if (!p.waitFor(COMMAND_BUDGET_SECONDS, TimeUnit.SECONDS)) {
                    hangs++;
                    p.destroyForcibly();
                    continue;
                }
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (p.exitValue() != 0 || !out.contains("done")) {
                    failed++;
                    System.err.println("command failed: " + Files.readString(logs.get(i)));
                    continue;
                }
                out.lines().filter(l -> l.startsWith("run-done ")).forEach(l -> runs.add(Long.parseLong(l.substring(9))));
                assertThat(readLog(logs.get(i))).as("no stack trace on stderr").doesNotContain("\tat ");
            }
            slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
        }
        System.err.printf("%d commands at once, %d rounds: failed %d, hangs %d, slowest round %d ms%n", together,
                ROUNDS, failed, hangs, slowest);
        assertThat(hangs).as("hangs").isZero();
        assertThat(failed).as("failed commands").isZero();
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            assertThat(runs).hasSize(ROUNDS * together);
            for (long id : runs) {
                assertThat(store.read(s -> s.getMapper(RunMapper.class).findRun(id)).orElseThrow().status())
                        .isEqualTo(RunStatus.SUCCEEDED);
            }
            assertThat(store.summary().runs()).isEqualTo(ROUNDS * together);
        }
        assertThat(temp.resolve("data/store.trace.db")).doesNotExist();
    }

    private static String readLog(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
