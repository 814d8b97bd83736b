package org.netboxauto.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.netboxauto.service.CompareReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare discovered hosts with NetBox: matched by MAC, then IP, then name; differing fields,"
                + " hosts only discovered, objects only in NetBox, and ambiguous matches.")
final class DiffCommand implements Callable<Integer> {

    enum Format { table, json }

    private final CliServices services;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    DiffCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        var config = NetBoxCommands.config(services, root, err, "diff");
        if (config.isEmpty()) {
            return ExitCodes.USAGE;
        }
        CompareReport report = services.compare().compare(config.get(), NetBoxCommands.progress(err));
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? DiffJson.JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(DiffJson.of(report)) + System.lineSeparator() : DiffText.of(report));
        out.flush();
        return ExitCodes.OK;
    }
}
