package org.netboxauto.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.config.SettingRow;

class SetupKeyTest {

    @Test
    void aListKeyMatchesItsElementsButNotALongerName() {
        SetupKey key = new SetupKey("sources.routeros[]", "routers");

        assertThat(key.matches("sources.routeros.0.host")).isTrue();
        assertThat(key.matches("sources.routeros[1].user")).isTrue();
        assertThat(key.matches("sources.routeros")).isTrue();
        assertThat(key.matches("sources.routerosx.host")).isFalse();
    }

    @Test
    void setupItemsFollowTheLoadedConfig() {
        var config = new SimpleObjectProperty<LoadedConfig>();
        var content = new EmptyState(null, "t", "s", List.of(), List.of(
                new SetupKey("netbox.url", "where"), new SetupKey("dns.unbound", "dns")), "", List.of("x"));
        var viewModel = new EmptyStateViewModel(content, config);

        assertThat(viewModel.setup()).extracting(SetupItem::configured).containsExactly(false, false);

        config.set(new LoadedConfig(Optional.of(Path.of("a.conf")), List.of(), Optional.empty(), List.of(),
                List.of(new SettingRow("netbox.url", "https://nb"))));

        assertThat(viewModel.setup()).extracting(SetupItem::configured).containsExactly(true, false);
    }
}
