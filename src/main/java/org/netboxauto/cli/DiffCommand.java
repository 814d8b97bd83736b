package org.netboxauto.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.netboxauto.config.LoadedConfig;
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
        LoadedConfig loaded = services.config().load(root.configFile());
        PrintWriter err = spec.commandLine().getErr();
        if (!ConfigReporter.report(loaded, err)) {
            return ExitCodes.USAGE;
        }
        var config = loaded.config().orElseThrow();
        if (config.netbox().url().isEmpty() || config.netbox().token().isEmpty()) {
            err.println("netbox-auto diff: set netbox.url and netbox.token (or netbox.token-file) in "
                    + loaded.file().map(Object::toString).orElse("the config file") + " first");
            err.flush();
            return ExitCodes.USAGE;
        }
        CompareReport report = services.compare().compare(config, (done, total, message) -> {
            synchronized (err) {
                err.println("[" + done + "/" + total + "] " + message);
                err.flush();
            }
        });
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? DiffJson.JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(DiffJson.of(report)) + System.lineSeparator() : DiffText.of(report));
        out.flush();
        return ExitCodes.OK;
    }
}
