package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kill leaves the store file as it was after the last write. Copied after every commit, each
 * copy must open with that commit once recovered; H2's own recovery loses some of them.
 */
class H2RecoveryTest {

    private static final int COMMITS = 120;

    @TempDir
    Path temp;

    @Test
    void everyCommitSurvivesAKillRightAfterIt() throws IOException {
        Path file = temp.resolve("store.mv.db");
        Random random = new Random(21);
        int lostByH2Alone = 0;
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open()) {
            // as the H2 database keeps it: no old versions, freed space reused soon
            store.setVersionsToKeep(0);
            store.setRetentionTime(0);
            MVMap<Integer, byte[]> data = store.openMap("data");
            MVMap<String, Integer> last = store.openMap("last");
            for (int commit = 1; commit <= COMMITS; commit++) {
                for (int k = random.nextInt(40); k >= 0; k--) {
                    data.put(random.nextInt(300), new byte[random.nextInt(4000)]);
                }
                last.put("commit", commit);
                store.commit();
                Path killed = temp.resolve("killed-" + commit + ".mv.db");
                Files.copy(file, killed);
                if (lastCommit(copy(killed)) < commit) {
                    lostByH2Alone++;
                }
                assertThat(H2Recovery.recoverIfUnclean(killed, killed.toString()))
                        .isEqualTo(H2Recovery.Outcome.RECOVERED);
                assertThat(H2Recovery.closedCleanly(killed)).as("clean after recovery").isTrue();
                assertThat(lastCommit(killed)).as("last commit after a kill right after commit " + commit)
                        .isEqualTo(commit);
            }
        }
        System.err.println("H2 alone opened " + lostByH2Alone + " of " + COMMITS
                + " killed copies without their last commit; recovered: 0 lost");
    }

    @Test
    void aCleanlyClosedFileIsLeftAsItIs() throws IOException {
        Path file = temp.resolve("clean.mv.db");
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).open()) {
            store.openMap("m").put(1, 1);
        }
        byte[] before = Files.readAllBytes(file);
        assertThat(H2Recovery.recoverIfUnclean(file, file.toString())).isEqualTo(H2Recovery.Outcome.CLEAN);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private Path copy(Path file) throws IOException {
        return Files.copy(file, file.resolveSibling("plain-" + file.getFileName()));
    }

    private static int lastCommit(Path file) {
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            Integer commit = store.<String, Integer>openMap("last").get("commit");
            return commit == null ? 0 : commit;
        }
    }
}
