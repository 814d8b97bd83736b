package org.netboxauto.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.core.PeerText;
import org.netboxauto.service.ScheduleService;
import org.netboxauto.service.ScheduleUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Run `netbox-auto watch` as a service: a systemd user service on Linux; on macOS and"
                + " Windows, print the launchd job or Task Scheduler command to use.",
        subcommands = {ScheduleCommand.Install.class, ScheduleCommand.Remove.class})
final class ScheduleCommand extends CommandGroup {

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = "Write and enable the service that runs netbox-auto watch with this configuration.")
    static final class Install implements Callable<Integer> {

        private final CliServices services;

        @ParentCommand
        ScheduleCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--every", paramLabel = "DURATION",
                description = "Run every source this often (e.g. 30m, 1h) instead of watch.every.")
        String every;

        @Option(names = "--launcher", paramLabel = "PATH",
                description = "The netbox-auto launcher the service runs (default: the one running now).")
        Path launcher;

        @Option(names = "--no-enable", description = "Only write the unit; enable it yourself with systemctl.")
        boolean noEnable;

        Install(CliServices services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            RootCommand root = (RootCommand) parent.spec.parent().userObject();
            LoadedConfig loaded = services.config().load(root.configFile());
            if (!ConfigReporter.report(loaded, err)) {
                return ExitCodes.USAGE;
            }
            ScheduleUnit unit;
            try {
                Optional<Duration> interval = Optional.ofNullable(every).map(WatchCommand::interval);
                services.watch().schedule(loaded.config().orElseThrow(), interval);
                unit = new ScheduleUnit(ScheduleService.launcher(Optional.ofNullable(launcher)), loaded.file().orElseThrow().toAbsolutePath(),
                        interval);
            } catch (IllegalArgumentException e) {
                err.println("netbox-auto schedule install: " + e.getMessage());
                err.flush();
                return ExitCodes.USAGE;
            }
            String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            if (os.startsWith("mac")) {
                out.println("Save this as ~/Library/LaunchAgents/org.netboxauto.watch.plist, then run:"
                        + " launchctl load ~/Library/LaunchAgents/org.netboxauto.watch.plist");
                out.print(unit.launchd());
            } else if (os.startsWith("windows")) {
                out.println("Run this in a command prompt to start the watcher at each logon:");
                out.println(unit.windows());
            } else {
                ScheduleService.Outcome outcome = services.schedule().install(unit, !noEnable);
                outcome.lines().forEach(l -> (outcome.ok() ? out : err).println(PeerText.escape(l)));
                out.flush();
                err.flush();
                return outcome.ok() ? ExitCodes.OK : ExitCodes.FAILURE;
            }
            out.flush();
            return ExitCodes.OK;
        }

    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Stop and disable the watch service and delete its unit.")
    static final class Remove implements Callable<Integer> {

        private final CliServices services;

        @Spec
        CommandSpec spec;

        Remove(CliServices services) {
            this.services = services;
        }

        @Override
        public Integer call() throws Exception {
            ScheduleService.Outcome outcome = services.schedule().remove();
            PrintWriter out = spec.commandLine().getOut();
            outcome.lines().forEach(l -> out.println(PeerText.escape(l)));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
