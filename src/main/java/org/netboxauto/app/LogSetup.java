package org.netboxauto.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.netboxauto.config.AppDirectories;

/** Points logback at the data folder; must run before the first logger is created. */
final class LogSetup {

    private LogSetup() {
    }

    static void beforeFirstLogger(AppDirectories directories, String[] args) {
        createPrivately(directories.dataDir());
        System.setProperty("netboxauto.log.file", directories.logFile().toString());
        boolean verbose = Arrays.stream(args).anyMatch(a -> a.equals("-v") || a.equals("--verbose"));
        System.setProperty("netboxauto.console.level", verbose ? "DEBUG" : "WARN");
        if (verbose) {
            System.setProperty("netboxauto.log.level", "DEBUG");
        }
    }

    /** The data folder holds the host inventory: only its owner may read it. */
    private static void createPrivately(Path dir) {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir.getParent());
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException e) {
                Files.createDirectory(dir);
            }
        } catch (IOException e) {
            // the store reports an unusable folder with a clear message; logging goes to stderr meanwhile
        }
    }
}
