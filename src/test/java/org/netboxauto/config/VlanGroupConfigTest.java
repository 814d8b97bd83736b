package org.netboxauto.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.push.PushSettings;

/** {@code netbox.vlan-group}: read as written, unset by default, listed among the keys Settings shows. */
class VlanGroupConfigTest {

    @TempDir
    Path dir;

    @Test
    void theVlanGroupIsReadAndIsOptional() throws IOException {
        LoadedConfig loaded = new ConfigFixture(dir).load("netbox.vlan-group = \" campus \"\n");

        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.config().orElseThrow().netbox().vlanGroup()).contains("campus");
        assertThat(AppConfig.defaults().netbox().vlanGroup()).isEmpty();
        assertThat(ConfigKeys.keys()).contains("netbox.vlan-group");
        PushSettings settings = new PushSettings("t", false, new PushSettings.Defaults(java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), 24), java.util.Map.of(), java.util.Map.of(), PushSettings.Scope.ALL, false);
        assertThat(settings.vlanGroup()).isEmpty();
    }

    @Test
    void aMisspeltKeyIsReportedAsATypo() throws IOException {
        LoadedConfig loaded = new ConfigFixture(dir).load("netbox.vlan-groups = campus\n");

        assertThat(loaded.errors()).extracting(ConfigProblem::describe)
                .anySatisfy(m -> assertThat(m).contains("netbox.vlan-groups").contains("vlan-group"));
    }
}
