package org.netboxauto.app;

import org.netboxauto.config.AppDirectories;

/** Entry point of the launcher: the CLI with arguments, the desktop app without. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        AppDirectories directories = AppDirectories.detect();
        LogSetup.beforeFirstLogger(directories, args);
        int exit = CliWiring.commandLine(directories, System.getenv()).execute(args);
        System.exit(exit);
    }
}
