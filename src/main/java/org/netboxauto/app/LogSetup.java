package org.netboxauto.app;

import java.util.Arrays;
import org.netboxauto.config.AppDirectories;

/** Points logback at the data folder; must run before the first logger is created. */
final class LogSetup {

    private LogSetup() {
    }

    static void beforeFirstLogger(AppDirectories directories, String[] args) {
        System.setProperty("netboxauto.log.file", directories.logFile().toString());
        boolean verbose = Arrays.stream(args).anyMatch(a -> a.equals("-v") || a.equals("--verbose"));
        System.setProperty("netboxauto.console.level", verbose ? "DEBUG" : "WARN");
        if (verbose) {
            System.setProperty("netboxauto.log.level", "DEBUG");
        }
    }
}
