package org.netboxauto.cli;

import java.io.PrintWriter;
import java.util.List;
import org.netboxauto.config.ConfigProblem;
import org.netboxauto.config.LoadedConfig;

/** Prints configuration problems the same way for every command. */
final class ConfigReporter {

    private ConfigReporter() {
    }

    /** Prints errors and warnings to {@code err}; returns whether the config can be used. */
    static boolean report(LoadedConfig loaded, PrintWriter err) {
        loaded.warnings().forEach(w -> err.println("warning: " + w.describe()));
        List<ConfigProblem> errors = loaded.errors();
        if (errors.isEmpty() && loaded.config().isPresent()) {
            return true;
        }
        if (loaded.file().isEmpty()) {
            errors.forEach(e -> err.println("netbox-auto: " + e.describe()));
        } else {
            err.println("netbox-auto: " + loaded.file().get() + " has " + errors.size()
                    + (errors.size() == 1 ? " problem:" : " problems:"));
            errors.forEach(e -> err.println("  " + e.describe()));
            err.println("Fix " + (errors.size() == 1 ? "it" : "them") + ", then check with: netbox-auto config check");
        }
        err.flush();
        return false;
    }
}
