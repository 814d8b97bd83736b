package org.netboxauto.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.LoadedConfig;

class AboutViewModelTest {

    @Test
    void configLocationNamesTheFileOrWhereItWasExpected() {
        Path file = Path.of("/home/a/.config/netbox-auto/netbox-auto.conf");

        assertThat(AboutViewModel.configLocation(Optional.of(loaded(Optional.of(file))))).isEqualTo(file.toString());
        assertThat(AboutViewModel.configLocation(Optional.of(loaded(Optional.empty()))))
                .isEqualTo("no config file; expected at " + file);
        assertThat(AboutViewModel.configLocation(Optional.empty())).isEqualTo("no config file");
    }

    private static LoadedConfig loaded(Optional<Path> file) {
        Path first = Path.of("/home/a/.config/netbox-auto/netbox-auto.conf");
        return new LoadedConfig(file, List.of(first), Optional.empty(), List.of(), List.of());
    }
}
