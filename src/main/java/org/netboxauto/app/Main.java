package org.netboxauto.app;

import org.netboxauto.config.AppDirectories;
import org.netboxauto.ui.ToolkitStarter;

/** Entry point of the launcher: the CLI with arguments, the desktop app without. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (opensDesktop(args)) {
            ToolkitStarter.startEarly();
        }
        AppDirectories directories = AppDirectories.detect();
        LogSetup.beforeFirstLogger(directories, args);
        int exit = CliWiring.commandLine(directories, System.getenv(), args).execute(args);
        System.exit(exit);
    }

    /** No command (only global options), or {@code gui}: the window's toolkit can start right away. */
    static boolean opensDesktop(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-c", "--config" -> i++;
                case "-h", "--help", "-V", "--version" -> {
                    return false;
                }
                case "gui" -> {
                    return true;
                }
                default -> {
                    if (!args[i].startsWith("-")) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
