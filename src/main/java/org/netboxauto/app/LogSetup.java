package org.netboxauto.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.netboxauto.config.AppDirectories;

/** Points the log configuration ({@link LogConfiguration}) at the data folder; must run before the first logger is created. */
final class LogSetup {

    private LogSetup() {
    }

    static void beforeFirstLogger(AppDirectories directories, String[] args) {
        createPrivately(directories.dataDir());
        System.setProperty(LogConfiguration.FILE_PROPERTY, directories.logFile().toString());
        boolean verbose = Arrays.stream(args).anyMatch(a -> a.equals("-v") || a.equals("--verbose"));
        System.setProperty(LogConfiguration.CONSOLE_LEVEL_PROPERTY, verbose ? "DEBUG" : "WARN");
        if (verbose) {
            System.setProperty(LogConfiguration.LEVEL_PROPERTY, "DEBUG");
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
