package org.netboxauto.ui.about;

import java.nio.file.Path;
import java.util.Optional;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.service.ProductVersion;
import org.netboxauto.ui.ShellViewModel;

/** What the About window says; every value is fixed when the window opens. */
public record AboutViewModel(String name, String version, String java, String javafx, String licence,
                             String data, String config) {

    public static AboutViewModel of(ShellViewModel shell) {
        return new AboutViewModel(
                "netbox-auto",
                ProductVersion.current(),
                Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")",
                System.getProperty("javafx.runtime.version", "unknown"),
                "Apache-2.0",
                shell.status().storeLocation().orElse("not known yet: the store has not answered"),
                configLocation(shell.config()));
    }

    static String configLocation(Optional<LoadedConfig> loaded) {
        return loaded.flatMap(LoadedConfig::file).map(Path::toString)
                .orElseGet(() -> loaded.flatMap(c -> c.searched().stream().findFirst())
                        .map(first -> "no config file; expected at " + first)
                        .orElse("no config file"));
    }
}
