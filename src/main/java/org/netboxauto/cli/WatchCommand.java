package org.netboxauto.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.config.WatchConfig;
import org.netboxauto.core.HostChange;
import org.netboxauto.core.PeerText;
import org.netboxauto.core.Plural;
import org.netboxauto.core.TimeText;
import org.netboxauto.discovery.RunControl;
import org.netboxauto.service.DiscoveryReport;
import org.netboxauto.service.WatchListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Run discovery on a schedule until stopped (Ctrl-C or SIGTERM): every source each"
                + " watch.every (default 1h) or its own watch.sources interval, never in watch.quiet-hours.",
            "Prints one line per run. `netbox-auto schedule install` runs it as a service."})
final class WatchCommand implements Callable<Integer> {

    private final CliServices services;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--every", paramLabel = "DURATION", description = "Run every source this often, e.g. 30m or"
            + " 2h, instead of watch.every (watch.sources intervals still apply).")
    String every;

    WatchCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        LoadedConfig loaded = services.config().load(root.configFile());
        if (!ConfigReporter.report(loaded, err)) {
            return ExitCodes.USAGE;
        }
        AppConfig config = loaded.config().orElseThrow();
        Optional<Duration> interval;
        try {
            interval = Optional.ofNullable(every).map(WatchCommand::interval);
            services.watch().schedule(config, interval);
        } catch (IllegalArgumentException e) {
            err.println("netbox-auto watch: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        RunControl stop = new RunControl();
        CountDownLatch finished = new CountDownLatch(1);
        // SIGTERM (systemd stop) and Ctrl-C: a run under way ends early and is stored before the process exits
        Thread onStop = new Thread(() -> {
            stop.cancel();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "watch-stop");
        Runtime.getRuntime().addShutdownHook(onStop);
        try {
            services.watch().watch(config, interval, new Lines(out), stop);
        } finally {
            out.println(TimeText.text(Instant.now()) + " watch stopped");
            out.flush();
            finished.countDown();
        }
        return ExitCodes.OK;
    }

    static Duration interval(String text) {
        try {
            return WatchConfig.interval(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--every " + e.getMessage());
        }
    }

    /** One line per event, flushed at once so a journal or log file shows it as it happens. */
    private record Lines(PrintWriter out) implements WatchListener {

        @Override
        public void started(List<String> sources, Instant next) {
            say("watching " + String.join(", ", sources) + "; first run " + TimeText.text(next));
        }

        @Override
        public void ran(DiscoveryReport r, Instant next) {
            String sources = r.sources().stream().map(s -> PeerText.escape(s.source()) + " "
                    + (s.succeeded() ? Plural.of(s.observations(), "observation")
                    : "FAILED (" + PeerText.escape(s.error().orElse("no reason")) + ")"))
                    .collect(Collectors.joining(", "));
            say("run " + r.runId() + " " + DiscoveryReportText.lower(r.status())
                    + String.format(java.util.Locale.ROOT, " in %.1f s: ", r.took().toMillis() / 1000.0) + sources
                    + "; hosts " + r.count(HostChange.Kind.NEW) + " new, " + r.count(HostChange.Kind.CHANGED)
                    + " changed, " + r.count(HostChange.Kind.GONE) + " gone"
                    + (r.ruled().isEmpty() ? "" : "; rules: " + DiscoveryReportText.ruled(r)) + "; next "
                    + TimeText.text(next));
        }

        @Override
        public void alerts(org.netboxauto.service.AlertService.Delivered delivered) {
            AlertsText.delivered(delivered).ifPresent(this::say);
        }

        @Override
        public void failed(List<String> sources, String reason, Instant next) {
            say("run of " + String.join(", ", sources) + " failed: " + PeerText.escape(reason) + "; next "
                    + TimeText.text(next));
        }

        private void say(String line) {
            out.println(TimeText.text(Instant.now()) + " " + line);
            out.flush();
        }
    }
}
