package org.netboxauto.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** netbox.orphans and store.retention: defaults, every key read, every mistake named with its key. */
class RetentionConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsAreSevenAndThirtyDaysAndNinetyDaysOfObservations() {
        assertThat(AppConfig.defaults().netbox().orphans())
                .isEqualTo(new NetBoxConfig.Orphans(Duration.ofDays(7), Duration.ofDays(30)));
        assertThat(AppConfig.defaults().store().retention()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void everyKeyRead() throws IOException {
        LoadedConfig loaded = new ConfigFixture(dir).load("""
                netbox.orphans { offline-after = 2d, remove-after = 14d }
                store.retention = 30d
                """);
        assertThat(loaded.errors()).isEmpty();
        AppConfig config = loaded.config().orElseThrow();
        assertThat(config.netbox().orphans()).isEqualTo(new NetBoxConfig.Orphans(Duration.ofDays(2),
                Duration.ofDays(14)));
        assertThat(config.store().retention()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void everyMistakeIsNamedWithItsKey() throws IOException {
        LoadedConfig loaded = new ConfigFixture(dir).load("""
                netbox.orphans { offline-after = 10d, remove-after = 3d, delete-after = 1d }
                store.retention = 2h
                """);
        assertThat(loaded.errors()).extracting(ConfigProblem::describe)
                .anySatisfy(m -> assertThat(m).startsWith("netbox.orphans.remove-after: ")
                        .contains("must not be shorter than offline-after (10d)"))
                .anySatisfy(m -> assertThat(m).startsWith("netbox.orphans.delete-after"))
                .anySatisfy(m -> assertThat(m).startsWith("store.retention: ").contains("at least 1d"));
    }
}
