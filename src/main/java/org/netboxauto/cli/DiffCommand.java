package org.netboxauto.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.netboxauto.core.compare.ComparisonFilter;
import org.netboxauto.core.compare.Outcome;
import org.netboxauto.service.CompareReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--outcome", split = ",", paramLabel = "OUTCOME", description = "Only rows with these outcomes:"
            + " same, different, only-discovered, only-netbox, ambiguous (repeat or separate with commas).")
    List<String> outcomes = new ArrayList<>();

    @Mixin
    HostFilterOptions options;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only hosts classified as KIND.")
    String kind;

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
        ComparisonFilter filter;
        try {
            options.kind = kind;
            filter = new ComparisonFilter(outcomes(), options.toFilter());
        } catch (IllegalArgumentException e) {
            err.println("netbox-auto diff: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        CompareReport report = services.compare().compare(config.get(), NetBoxCommands.progress(err), filter);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? DiffJson.JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(DiffJson.of(report)) + System.lineSeparator() : DiffText.of(report));
        out.flush();
        return ExitCodes.OK;
    }

    private Set<Outcome> outcomes() {
        Set<Outcome> chosen = EnumSet.noneOf(Outcome.class);
        for (String text : outcomes) {
            String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                chosen.add(Outcome.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--outcome " + text + ": expected same, different, only-discovered,"
                        + " only-netbox or ambiguous");
            }
        }
        return chosen;
    }
}
