package org.netboxauto.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.core.Decision;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Plural;
import org.netboxauto.service.HostEntry;
import org.netboxauto.service.ReviewChange;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What approve, reject and classify share: hosts named by MAC or picked by a filter, one decision. */
abstract class DecisionCommand implements Callable<Integer> {

    private final CliServices services;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MAC", arity = "0..*", description = "Hosts by MAC, in any notation.")
    List<String> macs = new ArrayList<>();

    @Option(names = "--filter", description = "Apply to every host the --state/--kind/--source/--subnet/--search"
            + " options pick, instead of (or besides) the MACs given.")
    boolean filter;

    @Mixin
    HostFilterOptions options;

    DecisionCommand(CliServices services) {
        this.services = services;
    }

    abstract Decision decision();

    /** The --kind filter of commands that have one. */
    String kindFilter() {
        return null;
    }

    /** The past tense for the summary line, e.g. "approved". */
    abstract String done();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LoadedConfig loaded = services.config().load(root.configFile());
        if (!ConfigReporter.report(loaded, err)) {
            return ExitCodes.USAGE;
        }
        AppConfig config = loaded.config().orElseThrow();
        try {
            Set<MacAddress> chosen = chosen(config);
            if (chosen.isEmpty()) {
                err.println("netbox-auto " + spec.name() + ": no host matches; nothing changed");
                err.flush();
                return ExitCodes.OK;
            }
            ReviewChange change = services.reviews().apply(config, chosen, decision());
            PrintWriter out = spec.commandLine().getOut();
            out.println(done() + " " + Plural.of(change.now().size(), "host") + ": "
                    + String.join(" ", change.now().stream().map(r -> r.mac().toString()).toList()));
            out.flush();
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            err.println("netbox-auto " + spec.name() + ": " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
    }

    private Set<MacAddress> chosen(AppConfig config) {
        if (macs.isEmpty() && !filter) {
            throw new IllegalArgumentException("name hosts by MAC, or pick them with --filter and"
                    + " --state/--kind/--source/--subnet/--search");
        }
        if (filter && options.isEmpty() && kindFilter() == null) {
            throw new IllegalArgumentException("--filter needs at least one of --state, --kind, --source, --subnet,"
                    + " --search (e.g. --filter --state pending)");
        }
        options.kind = kindFilter();
        Set<MacAddress> chosen = new LinkedHashSet<>();
        for (String text : macs) {
            chosen.add(MacAddress.of(text));
        }
        if (filter) {
            services.hosts().hosts(config.store(), options.toFilter()).stream().map(HostEntry::host)
                    .forEach(h -> chosen.add(h.mac()));
        }
        return chosen;
    }
}
