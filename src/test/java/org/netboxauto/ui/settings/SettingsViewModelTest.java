package org.netboxauto.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.config.SettingRow;

class SettingsViewModelTest {

    @Test
    void listsTheRowsAsGivenWithTheirSource() {
        var loaded = new LoadedConfig(Optional.of(Path.of("/etc/netbox-auto.conf")), List.of(), Optional.empty(),
                List.of(), List.of(new SettingRow("netbox.token", "••••")));

        var viewModel = new SettingsViewModel(Optional.of(loaded));

        assertThat(viewModel.rows()).containsExactly(new SettingRow("netbox.token", "••••"));
        assertThat(viewModel.source()).isEqualTo(Path.of("/etc/netbox-auto.conf").toString());
    }

    @Test
    void saysWhyItIsEmpty() {
        assertThat(new SettingsViewModel(Optional.empty()).source()).contains("still loading");
    }
}
