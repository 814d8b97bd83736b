package org.netboxauto.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.service.ConfigService;

class SetupKeyTest {

    @TempDir
    Path dir;

    @Test
    void theStarterConfigSetsNetBoxButNoSourceAndNoDnsTarget() throws Exception {
        var config = new SimpleObjectProperty<LoadedConfig>();
        var discovery = new EmptyStateViewModel(TabEmptyStates.DISCOVERY, config);
        var push = new EmptyStateViewModel(TabEmptyStates.PUSH, config);
        assertThat(discovery.setup()).extracting(SetupItem::configured).containsOnly(false);

        config.set(load(null));

        assertThat(discovery.setup()).extracting(SetupItem::configured)
                .containsExactly(false, false, false, false, false, false);
        assertThat(push.setup()).extracting(SetupItem::configured).containsExactly(true, true, false, false);
    }

    @Test
    void sourcesCountAsSetWhenListedOrEnabled() throws Exception {
        var config = new SimpleObjectProperty<>(load("""
                sources.routeros = [ { name = r1, host = "192.0.2.1", username = u, password = p } ]
                sources.scan { enabled = true, subnets = ["192.168.1.0/24"] }
                sources.dnsmasq = [ { name = d1, path = "/var/lib/misc/dnsmasq.leases" } ]
                """));
        var discovery = new EmptyStateViewModel(TabEmptyStates.DISCOVERY, config);

        assertThat(discovery.setup()).extracting(item -> item.key().key(), SetupItem::configured)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sources.routeros[]", true),
                        org.assertj.core.groups.Tuple.tuple("sources.kea[]", false),
                        org.assertj.core.groups.Tuple.tuple("sources.dnsmasq[]", true),
                        org.assertj.core.groups.Tuple.tuple("sources.proxmox[]", false),
                        org.assertj.core.groups.Tuple.tuple("sources.scan", true),
                        org.assertj.core.groups.Tuple.tuple("sources.snmp[]", false));
    }

    /** Loads the starter config ({@code text} null) or {@code text} through the real loader. */
    private LoadedConfig load(String text) throws Exception {
        AppDirectories dirs = new AppDirectories(dir.resolve("config"), dir.resolve("data"));
        ConfigService service = new ConfigService(new ConfigLocations(dirs, Map.of("NETBOX_TOKEN", "nbt_x.y"), true));
        Path file = service.init(Optional.empty());
        if (text != null) {
            java.nio.file.Files.writeString(file, text);
        }
        LoadedConfig loaded = service.load(Optional.empty());
        assertThat(loaded.errors()).isEmpty();
        return loaded;
    }
}
