package org.netboxauto.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the desktop app (the default without a command).")
final class GuiCommand implements Callable<Integer> {

    private final CliServices services;

    @ParentCommand
    RootCommand root;

    @Option(names = "--measure-startup",
            description = "Open the window, print first-window-ms=N (time since the JVM started) and exit.")
    boolean measureStartup;

    GuiCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        return services.gui().launch(root.configFile(), measureStartup);
    }
}
