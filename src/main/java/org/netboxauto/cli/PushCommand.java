package org.netboxauto.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.netboxauto.config.AppConfig;
import org.netboxauto.core.HostFilter;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Plural;
import org.netboxauto.core.push.NbType;
import org.netboxauto.core.push.ObjectRef;
import org.netboxauto.service.OrphanChoice;
import org.netboxauto.service.PushConfirmation;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Show the plan, then write the approved hosts to NetBox: devices and VMs, interfaces, MACs,"
                + " IPs, primary IPs and cables. Asks before writing unless --yes; --dry-run only shows the plan.")
final class PushCommand implements Callable<Integer> {

    enum Format { table, json }

    enum Group { host, action }

    private final CliServices services;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "Show the plan and write nothing.")
    boolean dryRun;

    @Option(names = {"-y", "--yes"}, description = "Apply the plan without asking.")
    boolean yes;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--group", defaultValue = "host", paramLabel = "host|action", description = "Show the plan"
            + " grouped by host, each with its actions (default), or by action in the order they are sent.")
    Group group;

    @Option(names = "--exclude", paramLabel = "MAC", description = "Leave this approved host out of the push."
            + " Repeat for several.")
    List<String> exclude = List.of();

    @Mixin
    HostFilterOptions options;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only hosts classified as KIND.")
    String kind;

    @Option(names = "--remove", paramLabel = "TYPE:ID", description = "Also delete this device or VM (device:12,"
            + " vm:7), with its cables; the plan lists the candidates. Repeat for several.")
    List<String> remove = List.of();

    @Option(names = "--apply-orphans", description = "Also apply the orphan proposals the plan lists: tagged"
            + " devices and VMs whose host is gone longer than netbox.orphans.offline-after are set offline, longer"
            + " than netbox.orphans.remove-after removed with their cables. Without it they are only shown.")
    boolean applyOrphans;

    PushCommand(CliServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        java.util.Optional<AppConfig> loaded = NetBoxCommands.config(services, root, err, "push");
        if (loaded.isEmpty()) {
            return ExitCodes.USAGE;
        }
        AppConfig config = loaded.get();
        if (options.state != null && !options.state.equalsIgnoreCase("approved")) {
            throw new ParameterException(spec.commandLine(), "push takes approved hosts only; leave out --state");
        }
        options.kind = kind;
        HostFilter filter = options.toFilter();
        Set<ObjectRef.Existing> removals = removals();
        PushPreview preview = services.push().preview(config, filter, removals, excluded(),
                applyOrphans ? OrphanChoice.ALL : OrphanChoice.NONE, NetBoxCommands.progress(err));
        PrintWriter out = spec.commandLine().getOut();
        boolean json = format == Format.json;
        if (!json) {
            out.print(PushText.plan(preview, group == Group.host));
            out.flush();
        }
        if (dryRun || preview.writes() == 0) {
            if (json) {
                PushJson.print(out, preview, Optional.empty());
            } else if (dryRun) {
                out.println(System.lineSeparator() + PushText.DRY_RUN);
            }
            out.flush();
            return preview.dnsError().isPresent() ? ExitCodes.FAILURE : ExitCodes.OK;
        }
        if (!yes && !confirmed(preview, err)) {
            err.println("Nothing written.");
            err.flush();
            return System.console() == null ? ExitCodes.USAGE : ExitCodes.OK;
        }
        int[] shown = {0};
        PushReport report = services.push().apply(config, preview, (action, outcome, done, total) -> {
            // each failure is shown; what it held back is counted under it at the end, not listed here
            boolean failed = outcome.state() == org.netboxauto.core.push.ActionOutcome.State.FAILED;
            if (failed || done == total || done * 10L / total > shown[0]) {
                shown[0] = (int) (done * 10L / total);
                synchronized (err) {
                    err.println("[" + done + "/" + total + "] " + outcome.state().name().toLowerCase(Locale.ROOT)
                            + " " + action.summary() + outcome.message().map(m -> ": " + m).orElse(""));
                    err.flush();
                }
            }
        }, () -> Thread.currentThread().isInterrupted());
        if (json) {
            PushJson.print(out, preview, Optional.of(PushJson.result(preview, report)));
        } else {
            out.print(PushText.outcome(preview, report));
        }
        out.flush();
        return report.failed() ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private boolean confirmed(PushPreview preview, PrintWriter err) throws java.io.IOException {
        if (System.console() == null) {
            err.println("netbox-auto push: not a terminal, so nobody can confirm; add --yes to apply the plan above,"
                    + " or --dry-run to only show it");
            err.flush();
            return false;
        }
        PushConfirmation c = PushConfirmation.of(preview);
        err.println("This push writes to NetBox at " + c.netbox() + ": " + c.counts());
        c.dns().forEach((where, n) -> err.println("DNS " + where + ": " + Plural.of(n, "change")));
        if (!c.removals().isEmpty()) {
            err.println("Removed for good (" + c.removals().size() + "):");
            c.removals().forEach(r -> err.println("  " + r));
        }
        err.print("Apply " + preview.writes() + " changes to NetBox at " + preview.netbox()
                + (preview.dnsChanges().isEmpty() ? "" : " and DNS") + "? [y/N] ");
        err.flush();
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }

    private Set<ObjectRef.Existing> removals() {
        Set<ObjectRef.Existing> refs = new LinkedHashSet<>();
        for (String r : remove) {
            String[] parts = r.split(":", 2);
            NbType type = parts.length < 2 ? null : switch (parts[0].toLowerCase(Locale.ROOT)) {
                case "device" -> NbType.DEVICE;
                case "vm" -> NbType.VIRTUAL_MACHINE;
                default -> null;
            };
            if (type == null || !parts[1].matches("\\d{1,18}")) {
                throw new ParameterException(spec.commandLine(), "--remove " + r + ": expected device:ID or vm:ID,"
                        + " as the plan lists them");
            }
            refs.add(new ObjectRef.Existing(type, Long.parseLong(parts[1])));
        }
        return refs;
    }

    private Set<MacAddress> excluded() {
        Set<MacAddress> macs = new LinkedHashSet<>();
        for (String m : exclude) {
            try {
                macs.add(MacAddress.of(m));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--exclude " + m + ": not a MAC address; give the"
                        + " host's MAC as `hosts` lists it, e.g. 02:00:00:00:00:05");
            }
        }
        return macs;
    }

    static String removeArgument(ObjectRef.Existing ref) {
        return (ref.type() == NbType.DEVICE ? "device:" : "vm:") + ref.id();
    }
}
