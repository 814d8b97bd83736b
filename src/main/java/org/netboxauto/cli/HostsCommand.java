package org.netboxauto.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.service.HostEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "hosts", mixinStandardHelpOptions = true,
        description = "List discovered hosts with their review state (table, JSON or CSV).")
final class HostsCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    private final CliServices services;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    HostFilterOptions options;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only hosts classified as KIND.")
    String kind;

    HostsCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        LoadedConfig loaded = services.config().load(root.configFile());
        if (!ConfigReporter.report(loaded, spec.commandLine().getErr())) {
            return ExitCodes.USAGE;
        }
        options.kind = kind;
        List<HostEntry> hosts;
        try {
            hosts = services.hosts().hosts(loaded.config().orElseThrow().store(), options.toFilter());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("netbox-auto hosts: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(HostJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                    HostJson.array(hosts)));
            case csv -> out.print(HostTable.csv(hosts));
            case table -> out.print(hosts.isEmpty() ? "No hosts yet; run: netbox-auto discover"
                    + System.lineSeparator() : HostTable.text(hosts));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
