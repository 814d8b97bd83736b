package org.netboxauto.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxFollowsTheXdgVariablesAndTheirDefaults() {
        AppDirectories xdg = AppDirectories.detect(Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/data"), "Linux", HOME);
        assertThat(xdg.defaultConfigFile()).isEqualTo(Path.of("/cfg/netbox-auto/netbox-auto.conf"));
        assertThat(xdg.dataDir()).isEqualTo(Path.of("/data/netbox-auto"));

        AppDirectories plain = AppDirectories.detect(Map.of(), "Linux", HOME);
        assertThat(plain.defaultConfigFile()).isEqualTo(Path.of("/home/ada/.config/netbox-auto/netbox-auto.conf"));
        assertThat(plain.dataDir()).isEqualTo(Path.of("/home/ada/.local/share/netbox-auto"));
        assertThat(plain.logFile()).isEqualTo(Path.of("/home/ada/.local/share/netbox-auto/netbox-auto.log"));
    }

    @Test
    void aRelativeXdgValueIsIgnoredAsTheSpecRequires() {
        AppDirectories dirs = AppDirectories.detect(Map.of("XDG_CONFIG_HOME", "relative/cfg"), "Linux", HOME);
        assertThat(dirs.configDir()).isEqualTo(Path.of("/home/ada/.config/netbox-auto"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        AppDirectories dirs = AppDirectories.detect(Map.of(), "Mac OS X", HOME);
        assertThat(dirs.defaultConfigFile())
                .isEqualTo(Path.of("/home/ada/Library/Application Support/netbox-auto/netbox-auto.conf"));
    }

    @Test
    void windowsUsesAppDataForConfigAndLocalAppDataForData() {
        AppDirectories dirs = AppDirectories.detect(
                Map.of("APPDATA", "/users/ada/roaming", "LOCALAPPDATA", "/users/ada/local"), "Windows 11", HOME);
        assertThat(dirs.configDir()).isEqualTo(Path.of("/users/ada/roaming/netbox-auto"));
        assertThat(dirs.dataDir()).isEqualTo(Path.of("/users/ada/local/netbox-auto"));
    }
}
