package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.testsupport.ChildJvm;

/**
 * A process killed in the middle of a commit: its rows are updated again by the next process in
 * normal time (H2 alone waits for that commit forever, at full CPU), and the commit counts.
 */
class HalfCommittedStoreTest {

    @TempDir
    Path temp;

    @Test
    void rowsOfACommitAKilledProcessLeftHalfDoneAreCommittedAndUpdatableAgain() throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("data"));
        Process writer = ChildJvm.start(HalfCommittedStoreProcess.class, temp.resolve("writer.log"),
                dataDir.toString());
        String said = new BufferedReader(new InputStreamReader(writer.getInputStream())).readLine();
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(said).as(Files.readString(temp.resolve("writer.log"))).isEqualTo("half-committed");

        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(dataDir), Optional.empty(),
                Optional.empty());
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
                List<String> names = store.read(session -> hostnames(session.getConnection()));
                assertThat(names).as("the killed process's commit counts").isNotEmpty()
                        .allMatch("half-committed"::equals);
                int updated = store.write(session -> {
                    try (var st = session.getConnection().createStatement()) {
                        return st.executeUpdate("UPDATE observation_part SET observations = 'after'");
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                assertThat(updated).isEqualTo(names.size());
            }
        });
    }

    private static List<String> hostnames(java.sql.Connection c) {
        try (var st = c.createStatement(); var rows = st.executeQuery("SELECT observations FROM observation_part")) {
            List<String> out = new java.util.ArrayList<>();
            while (rows.next()) {
                out.add(rows.getString(1));
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
