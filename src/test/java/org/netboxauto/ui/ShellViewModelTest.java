package org.netboxauto.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.ui.config.BannerKind;

class ShellViewModelTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path dir;

    @Test
    void missingConfigShowsProblemsAndTheSearchedPlaces() {
        ShellViewModel shell = new ShellViewModel(new TempDirShellServices(dir), NOW, NOW);

        shell.reload();

        assertThat(shell.banner().kindProperty().get()).isEqualTo(BannerKind.PROBLEMS);
        assertThat(shell.banner().titleProperty().get()).isEqualTo("No configuration file found");
        assertThat(shell.banner().problems()).singleElement().asString().contains("netbox-auto config init");
        assertThat(shell.banner().searched()).hasSize(2);
        assertThat(shell.status().configFileProperty().get()).isEqualTo("No config file");
    }

    @Test
    void writingTheStarterConfigReloadsAndSaysWhere() throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir);
        ShellViewModel shell = new ShellViewModel(services, NOW, NOW);
        shell.reload();

        shell.banner().writeStarterConfig();

        assertThat(services.configFile()).exists();
        assertThat(shell.banner().kindProperty().get()).isEqualTo(BannerKind.NOTICE);
        assertThat(shell.banner().titleProperty().get()).contains(services.configFile().toString());
        assertThat(shell.config()).hasValueSatisfying(config -> assertThat(config.isValid()).isTrue());
        assertThat(shell.status().configFileProperty().get()).isEqualTo("Config: " + services.configFile());
    }

    @Test
    void anExistingFileIsNotOverwrittenAndTheBannerSaysSo() throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir).withConfigFile("netbox.url = nope\n");
        ShellViewModel shell = new ShellViewModel(services, NOW, NOW);
        shell.reload();

        shell.banner().writeStarterConfig();

        Path example = services.configFile().resolveSibling("netbox-auto.conf.example");
        assertThat(Files.readString(services.configFile())).isEqualTo("netbox.url = nope\n");
        assertThat(example).exists();
        assertThat(shell.banner().kindProperty().get()).isEqualTo(BannerKind.PROBLEMS);
        assertThat(shell.banner().fileMissingProperty().get()).isFalse();
        assertThat(shell.banner().titleProperty().get()).startsWith("1 problem in ");
        assertThat(shell.banner().problems()).singleElement().asString()
                .startsWith("netbox.url: \"nope\" is not a URL");
        assertThat(shell.banner().outcomeFailedProperty().get()).isFalse();
        assertThat(shell.banner().outcomeProperty().get()).contains("fresh starter config is at " + example);

        shell.banner().writeStarterConfig();

        assertThat(shell.banner().outcomeFailedProperty().get()).isTrue();
        assertThat(shell.banner().outcomeProperty().get()).contains(example + " already exists", "left unchanged");
    }

    @Test
    void warningsAreASmallDismissibleNotice() throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir).withConfigFile().readableByOthers();
        ShellViewModel shell = new ShellViewModel(services, NOW, NOW);
        shell.reload();

        assertThat(shell.banner().kindProperty().get()).isEqualTo(BannerKind.WARNINGS);
        assertThat(shell.banner().problems()).singleElement().asString().contains("chmod 600");

        shell.banner().dismiss();

        assertThat(shell.banner().kindProperty().get()).isEqualTo(BannerKind.NONE);
    }

    @Test
    void problemsCannotBeDismissed() {
        ShellViewModel shell = new ShellViewModel(new TempDirShellServices(dir), NOW, NOW);
        shell.reload();

        shell.banner().dismiss();

        assertThat(shell.banner().kindProperty().get()).isEqualTo(BannerKind.PROBLEMS);
    }
}
