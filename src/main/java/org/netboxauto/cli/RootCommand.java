package org.netboxauto.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "netbox-auto", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        header = "Finds every host on your network, lets you review it, and pushes it to NetBox and DNS.",
        description = "Without a command, opens the desktop app.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  a run-time failure (a peer, the store)", "  2  wrong usage or configuration",
            "", "Configuration: --config FILE, else $NETBOX_AUTO_CONFIG, else the user's config folder."
                + " Start with: netbox-auto config init"})
public final class RootCommand implements Callable<Integer> {

    private final CliServices services;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Configuration file to use instead of the usual places.")
    Path configFile;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Also print informational log lines on stderr.")
    boolean verbose;

    public RootCommand(CliServices services) {
        this.services = services;
    }

    public Optional<Path> configFile() {
        return Optional.ofNullable(configFile);
    }

    @Override
    public Integer call() {
        return services.gui().launch(configFile(), false);
    }
}
