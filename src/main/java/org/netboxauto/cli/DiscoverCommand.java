package org.netboxauto.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.discovery.RunControl;
import org.netboxauto.service.DiscoveryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "discover", mixinStandardHelpOptions = true,
        description = {"Collect hosts from the configured sources and correlate them by MAC.",
            "Exits 0 when at least one source succeeded, 1 when all failed."})
final class DiscoverCommand implements Callable<Integer> {

    private final CliServices services;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "NAME",
            description = "Run only this source (its name or KIND:NAME), or every source of a KIND (e.g. kea);"
                    + " repeat for several. Default: all.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--json", description = "Print the run's report as JSON.")
    boolean json;

    DiscoverCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        LoadedConfig loaded = services.config().load(root.configFile());
        if (!ConfigReporter.report(loaded, err)) {
            return ExitCodes.USAGE;
        }
        AppConfig config = loaded.config().orElseThrow();
        RunControl control = new RunControl();
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl-C cancels the sources still running; what the others collected is stored before exit
        Thread onInterrupt = new Thread(() -> {
            control.cancel();
            awaitQuietly(finished);
        }, "discover-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        DiscoveryReport report;
        try {
            boolean terminal = System.console() != null && System.console().isTerminal();
            report = services.discovery().discover(config, sources,
                    terminal || root.verbose ? new ProgressPrinter(err) : new ProgressPrinter(null), control);
        } catch (IllegalArgumentException e) {
            err.println("netbox-auto discover: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        } finally {
            finished.countDown();
            removeQuietly(onInterrupt);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? DiscoveryReportText.json(report) + System.lineSeparator() : DiscoveryReportText.text(report));
        out.flush();
        if (services.alerts() != null) {
            AlertsText.delivered(services.alerts().deliver(config)).ifPresent(err::println);
            err.flush();
        }
        return report.anySourceSucceeded() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl-C): the hook is running
        }
    }
}
