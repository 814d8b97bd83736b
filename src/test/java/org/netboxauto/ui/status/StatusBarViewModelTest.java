package org.netboxauto.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.ui.TempDirShellServices;

class StatusBarViewModelTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path dir;

    @Test
    void showsStoreConfigAndLastRun() throws Exception {
        var services = new TempDirShellServices(dir).withConfigFile()
                .withLastRun(Instant.parse("2025-03-04T05:06:00Z")).withHosts(42, 30, 5);
        var status = new StatusBarViewModel(services, NOW, NOW, ZoneOffset.UTC);

        status.load();

        assertThat(status.storeProperty().get()).startsWith("Store: " + dir.resolve("data"));
        assertThat(status.configFileProperty().get()).isEqualTo("Config: " + services.configFile());
        assertThat(status.lastRunProperty().get()).isEqualTo("Last run: 2025-03-04 05:06");
        assertThat(status.hostsProperty().get()).isEqualTo("42 hosts · 7 pending · 30 approved");
        assertThat(status.failedProperty().get()).isFalse();
        assertThat(status.storeLocation()).isPresent();
    }

    @Test
    void lastRunIsNeverWhenThereWasNone() {
        var status = new StatusBarViewModel(new TempDirShellServices(dir), NOW, NOW);

        status.load();

        assertThat(status.lastRunProperty().get()).isEqualTo("Last run: never");
        assertThat(status.configFileProperty().get()).isEqualTo("No config file");
    }

    @Test
    void aStoreErrorBecomesAWarningWithTheMessage() throws Exception {
        var services = new TempDirShellServices(dir).withUnreachableStore();
        var status = new StatusBarViewModel(services, NOW, NOW);

        status.load();

        assertThat(status.failedProperty().get()).isTrue();
        assertThat(status.problemProperty().get()).startsWith("Store unavailable: ").contains("127.0.0.1:9");
        assertThat(status.storeLocation()).isEmpty();

        status.loading();

        assertThat(status.failedProperty().get()).isFalse();
        assertThat(status.storeProperty().get()).isEqualTo("Store: loading…");
    }
}
