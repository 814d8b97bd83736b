package org.netboxauto.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.core.HostCounts;
import org.netboxauto.core.PeerText;
import org.netboxauto.core.Plural;
import org.netboxauto.core.TimeText;
import org.netboxauto.service.PushPart;
import org.netboxauto.service.RunSummary;
import org.netboxauto.service.SourceLastRead;
import org.netboxauto.service.SourceOutcome;
import org.netboxauto.service.NetBoxStatus;
import org.netboxauto.service.StatusReport;
import org.netboxauto.service.WatchHealth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show where the store and config are, the number of runs and hosts by review state, and"
                + " whether NetBox answers.")
final class StatusCommand implements Callable<Integer> {

    private final CliServices services;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    StatusCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        LoadedConfig loaded = services.config().load(root.configFile());
        if (!ConfigReporter.report(loaded, spec.commandLine().getErr())) {
            return ExitCodes.USAGE;
        }
        StatusReport report = services.status().status(loaded);
        NetBoxStatus netbox = loaded.config().map(c -> services.compare().probe(c.netbox()))
                .orElseGet(() -> NetBoxStatus.notConfigured("no config file"));
        Optional<WatchHealth> watch = services.watch() == null ? Optional.empty() : services.watch().health();
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? toJson(report, netbox, watch) : toText(report) + System.lineSeparator()
                + "Watch:    " + WatchText.line(watch) + System.lineSeparator() + NetBoxStatusText.text(netbox));
        out.flush();
        return ExitCodes.OK;
    }

    private static String toText(StatusReport r) {
        HostCounts h = r.hosts();
        return String.join(System.lineSeparator(),
                "Store:    " + r.store(),
                "Config:   " + r.config().map(Object::toString).orElse("none"),
                "Runs:     " + r.runs(),
                "Last run: " + r.lastRunSummary().map(StatusCommand::runText).orElse("never") + sources(r),
                "Last push: " + r.lastPush().map(PushText::summaryLine).orElse("never") + parts(r),
                "Hosts:    " + h.total() + " (pending " + h.pending() + ", approved " + h.approved()
                        + ", rejected " + h.rejected() + ")")
                + (r.alertsWaiting() > 0 ? System.lineSeparator() + "Alerts:   " + Plural.of(r.alertsWaiting(), "alert")
                        + " waiting to be sent; discover or watch tries them again" : "");
    }

    private static String toJson(StatusReport r, NetBoxStatus netbox, Optional<WatchHealth> watch) throws Exception {
        ObjectMapper mapper = CliJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode node = mapper.createObjectNode();
        node.put("store", r.store());
        node.put("config", r.config().map(Object::toString).orElse(null));
        node.put("runs", r.runs());
        node.put("alertsWaiting", r.alertsWaiting());
        ObjectNode hosts = node.putObject("hosts");
        hosts.put("total", r.hosts().total());
        hosts.put("pending", r.hosts().pending());
        hosts.put("approved", r.hosts().approved());
        hosts.put("rejected", r.hosts().rejected());
        r.lastRunSummary().ifPresentOrElse(run -> node.set("lastRun", runJson(mapper, run)), () -> node.putNull("lastRun"));
        ArrayNode sources = node.putArray("sources");
        for (SourceLastRead read : r.sources()) {
            SourceOutcome o = read.outcome();
            sources.addObject().put("source", o.source()).put("status", DiscoveryReportText.lower(o.status()))
                    .put("observations", o.observations()).put("error", o.error().orElse(null))
                    .put("run", read.runId()).put("at", TimeText.iso(read.at()));
        }
        r.lastPush().ifPresentOrElse(p -> {
            ObjectNode last = PushJson.summary(mapper, p);
            node.set("lastPush", last);
            ArrayNode dns = last.putArray("dns");
            for (PushPart part : r.lastPushParts()) {
                ObjectNode n = part.name().equals(PushPart.NETBOX) ? last.putObject("netbox")
                        : dns.addObject().put("target", part.name());
                n.put("actions", part.actions()).put("ok", part.ok()).put("failed", part.failed())
                        .put("skipped", part.skipped());
            }
        }, () -> node.putNull("lastPush"));
        watch.ifPresentOrElse(w -> node.set("watch", WatchText.json(mapper, w)), () -> node.putNull("watch"));
        node.set("netbox", NetBoxStatusText.json(mapper, netbox));
        return mapper.writeValueAsString(node);
    }

    /** Each source's latest read, one line each: a source left out of the last run shows its own. */
    private static String sources(StatusReport r) {
        StringBuilder b = new StringBuilder();
        for (SourceLastRead read : r.sources()) {
            SourceOutcome o = read.outcome();
            b.append(System.lineSeparator()).append("  ").append(PeerText.escape(o.source())).append(": ")
                    .append(o.succeeded() ? Plural.of(o.observations(), "observation") : "failed: "
                            + PeerText.escape(o.error().orElse("no reason recorded")))
                    .append(" (run ").append(read.runId()).append(", ").append(TimeText.text(read.at())).append(')');
        }
        return b.toString();
    }

    /** The last push's NetBox part and each DNS target's, one line each. */
    private static String parts(StatusReport r) {
        StringBuilder b = new StringBuilder();
        for (PushPart part : r.lastPushParts()) {
            b.append(System.lineSeparator()).append("  ").append(part.name().equals(PushPart.NETBOX) ? "NetBox"
                    : "DNS " + part.name()).append(": ").append(part.counts());
        }
        return b.toString();
    }

    private static String runText(RunSummary run) {
        long failed = run.sources().stream().filter(s -> !s.succeeded()).count();
        return run.finished().map(TimeText::text).orElse("?") + " (" + DiscoveryReportText.lower(run.status())
                + (failed > 0 ? ", " + failed + " of " + run.sources().size() + " sources failed" : "")
                + "; hosts " + run.newHosts() + " new, " + run.changedHosts() + " changed, " + run.goneHosts() + " gone)";
    }

    private static ObjectNode runJson(ObjectMapper mapper, RunSummary run) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", run.id());
        n.put("started", TimeText.iso(run.started()));
        n.put("finished", run.finished().map(TimeText::iso).orElse(null));
        n.put("status", DiscoveryReportText.lower(run.status()));
        ArrayNode sources = n.putArray("sources");
        for (SourceOutcome s : run.sources()) {
            sources.addObject().put("source", s.source()).put("status", DiscoveryReportText.lower(s.status()))
                    .put("observations", s.observations()).put("error", s.error().orElse(null));
        }
        n.putObject("hosts").put("new", run.newHosts()).put("changed", run.changedHosts()).put("gone", run.goneHosts());
        return n;
    }
}
