package org.netboxauto.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.netbox.ReadProgress;

/** What the commands that talk to NetBox share: a config that names NetBox, and read progress on stderr. */
final class NetBoxCommands {

    private NetBoxCommands() {
    }

    /** The config, or empty once its problems, or the missing NetBox keys, were printed. */
    static Optional<AppConfig> config(CliServices services, RootCommand root, PrintWriter err, String command) {
        LoadedConfig loaded = services.config().load(root.configFile());
        if (!ConfigReporter.report(loaded, err)) {
            return Optional.empty();
        }
        AppConfig config = loaded.config().orElseThrow();
        if (config.netbox().url().isEmpty() || config.netbox().token().isEmpty()) {
            err.println("netbox-auto " + command + ": set netbox.url and netbox.token (or netbox.token-file) in "
                    + loaded.file().map(Object::toString).orElse("the config file") + " first");
            err.flush();
            return Optional.empty();
        }
        return Optional.of(config);
    }

    /** One line per endpoint read: {@code [3/12] read 250 devices}. */
    static ReadProgress progress(PrintWriter err) {
        return (done, total, message) -> {
            synchronized (err) {
                err.println("[" + done + "/" + total + "] " + message);
                err.flush();
            }
        };
    }
}
