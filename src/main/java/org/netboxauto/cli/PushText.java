package org.netboxauto.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.ActionVerb;
import org.netboxauto.core.push.FailureCauses;
import org.netboxauto.core.push.PlanGroups;
import org.netboxauto.core.push.OrphanProposal;
import org.netboxauto.core.push.PlanProblem;
import org.netboxauto.core.push.PushAction;
import org.netboxauto.core.push.PushPlan;
import org.netboxauto.core.push.RemovalCandidate;
import org.netboxauto.service.PlanText;
import org.netboxauto.service.PushAdvice;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;
import org.netboxauto.service.PushSummary;
import org.netboxauto.service.DnsTargetOutcome;
import org.netboxauto.service.DnsTargetPlan;

/** The push plan and its outcome as text for a terminal. */
final class PushText {

    private static final String NL = System.lineSeparator();
    private static final int WIDTH = 120;
    static final String DRY_RUN = "Dry run: nothing was written.";

    private PushText() {
    }

    /** The plan grouped by host: each host under one heading with its actions, one line each. */
    static String plan(PushPreview preview) {
        return plan(preview, true);
    }

    /** @param byHost grouped by host; else every action in the order it is sent, each field on its own line */
    static String plan(PushPreview preview, boolean byHost) {
        PushPlan plan = preview.plan();
        StringBuilder b = new StringBuilder();
        b.append("Push plan for NetBox ").append(preview.version()).append(" at ").append(preview.netbox()).append(": ")
                .append(plan.actions().size()).append(" actions (").append(counts(plan)).append(") for ")
                .append(plan.hosts()).append(" approved hosts").append(NL);
        preview.interrupted().ifPresent(p -> b.append("The last push (#").append(p.id()).append(", started ")
                .append(p.started()).append(") stopped after ").append(p.actions() - p.unfinished()).append(" of ")
                .append(p.actions()).append(" actions; this plan picks up what it left.").append(NL));
        if (preview.writes() == 0 && preview.dnsError().isPresent()) {
            b.append("NetBox and the DNS targets that could be read already match the approved hosts;"
                    + " a DNS target could not be read (below).").append(NL);
        } else if (preview.writes() == 0) {
            b.append("NetBox").append(preview.dns().targets().isEmpty() ? "" : " and DNS")
                    .append(" already match the approved hosts: nothing to write.").append(NL);
        }
        if (byHost) {
            b.append(grouped(plan));
        } else {
            for (PushAction a : plan.actions()) {
                b.append(NL).append("  ").append(String.format("%-7s", verb(a.verb()))).append(a.label()).append(NL);
                for (String field : PlanText.fields(plan, a)) {
                    b.append("           ").append(field).append(NL);
                }
            }
        }
        b.append(dns(preview));
        if (!plan.problems().isEmpty()) {
            b.append(NL).append("Left out (").append(plan.problems().size()).append("):").append(NL);
            for (PlanProblem p : plan.problems()) {
                b.append(p.blocking() ? "  ! not pushed  " : "  - ").append(p.subject()).append(": ")
                        .append(p.message()).append(NL);
            }
        }
        b.append(orphans(preview));
        if (!plan.removable().isEmpty()) {
            b.append(NL).append("Tagged ").append("in NetBox but matched by no approved host (removed only with --remove):")
                    .append(NL);
            for (RemovalCandidate r : plan.removable()) {
                b.append("  ").append(r.ref().type().label()).append(" ").append(r.name()).append("  --remove ")
                        .append(PushCommand.removeArgument(r.ref())).append(NL);
            }
        }
        return b.toString();
    }

    /** The orphan proposals; those applied are among the actions above, the others only listed here. */
    private static String orphans(PushPreview preview) {
        if (preview.orphans().isEmpty()) {
            return "";
        }
        boolean anyApplied = preview.orphans().stream().anyMatch(preview::applies);
        StringBuilder b = new StringBuilder(NL).append("Orphans: tagged ").append(preview.orphans().size())
                .append(" in NetBox whose host no source has seen for long")
                .append(anyApplied ? " (applied with --apply-orphans):" : " (applied only with --apply-orphans):")
                .append(NL);
        for (OrphanProposal o : preview.orphans()) {
            b.append("  ").append(String.format("%-12s", o.stepText())).append(o.ref().type().label()).append(" ")
                    .append(o.name()).append(" (#").append(o.ref().id()).append(", ").append(o.status())
                    .append(") — last seen ").append(o.lastSeen().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                    .append(", ").append(o.gone().toDays()).append(" days ago").append(NL);
        }
        return b.toString();
    }

    private static String grouped(PushPlan plan) {
        StringBuilder b = new StringBuilder();
        for (PlanGroups.Group g : PlanGroups.byHost(plan)) {
            b.append(NL).append(g.title()).append(NL);
            for (PushAction a : g.actions()) {
                String line = "  " + String.format("%-7s", verb(a.verb())) + a.label();
                String fields = String.join(" · ", PlanText.fields(plan, a));
                if (line.length() + fields.length() + 3 <= WIDTH) {
                    b.append(line).append(fields.isEmpty() ? "" : " — " + fields).append(NL);
                } else {
                    b.append(line).append(NL).append("           ").append(fields).append(NL);
                }
            }
        }
        return b.toString();
    }

    private static String dns(PushPreview preview) {
        StringBuilder b = new StringBuilder();
        preview.dnsError().ifPresent(e -> b.append(NL).append("DNS: ").append(e).append(NL));
        for (DnsTargetPlan t : preview.dns().targets()) {
            b.append(NL).append("DNS ").append(t.where()).append(": ").append(t.error().isPresent()
                    ? "could not be read, no change" : t.changes().isEmpty() ? "no change"
                    : t.changes().size() + " changes").append(NL);
            t.changes().forEach(c -> b.append("  ").append(c.line()).append(NL));
        }
        if (!preview.dns().problems().isEmpty()) {
            b.append(NL).append("DNS records left out (").append(preview.dns().problems().size()).append("):").append(NL);
            preview.dns().problems().forEach(p -> b.append("  - ").append(p.mac()).append(": ").append(p.message())
                    .append(NL));
        }
        return b.toString();
    }

    static String counts(PushPlan plan) {
        Map<ActionVerb, Integer> counts = plan.countByVerb();
        if (counts.isEmpty()) {
            return "none";
        }
        return counts.entrySet().stream().map(e -> e.getValue() + " " + verb(e.getKey()))
                .collect(Collectors.joining(", "));
    }

    /** How the push ended, failures first: each failed action once, with what it held back and what to do. */
    static String outcome(PushPreview preview, PushReport report) {
        StringBuilder b = new StringBuilder();
        List<PushAction> actions = preview.plan().actions();
        for (FailureCauses.Cause c : FailureCauses.of(actions, report.outcomes())) {
            String message = c.outcome().message().orElse("");
            b.append("  FAILED  ").append(c.failed().summary()).append(": ").append(message).append(NL);
            if (!c.skipped().isEmpty()) {
                b.append("          ").append(c.skipped().size()).append(c.skipped().size() == 1 ? " action" : " actions")
                        .append(" not sent because ").append(c.failed().summary()).append(" failed").append(NL);
            }
            b.append("          What to do: ").append(PushAdvice.of(message)).append(NL);
        }
        List<PushPreview.DnsLine> dns = preview.dnsChanges();
        for (int i = 0; i < dns.size(); i++) {
            ActionOutcome o = report.dnsOutcomes().get(i);
            if (o.state() != ActionOutcome.State.OK) {
                b.append("  ").append(o.state() == ActionOutcome.State.FAILED ? "FAILED" : o.state().name()
                        .toLowerCase(Locale.ROOT)).append("  DNS ").append(dns.get(i).change().line()).append(": ")
                        .append(o.message().orElse("")).append(NL);
            }
        }
        for (DnsTargetOutcome t : report.dnsTargets()) {
            b.append("DNS ").append(t.target()).append(": ").append(t.state() == ActionOutcome.State.FAILED ? "failed"
                    : t.written() + " written").append(t.held() > 0 ? ", " + t.held() + " held back" : "")
                    .append(t.error().map(e -> ": " + e).orElse("")).append(NL);
        }
        long notSent = report.outcomes().stream().filter(o -> o.state() == ActionOutcome.State.PLANNED).count();
        b.append("Push #").append(report.pushId()).append(report.failed() ? " FAILED: " : ": ")
                .append(report.count(ActionOutcome.State.OK)).append(" done, ")
                .append(report.count(ActionOutcome.State.FAILED)).append(" failed, ")
                .append(report.count(ActionOutcome.State.SKIPPED)).append(" skipped")
                .append(notSent > 0 ? ", " + notSent + " not sent (cancelled)" : "").append("; ")
                .append(report.requests()).append(" requests in ").append(report.took().toMillis()).append(" ms")
                .append(NL);
        if (report.failed()) {
            b.append("Run the push again once the cause is fixed: it plans against NetBox as it is then, so what"
                    + " was done is not done twice.").append(NL);
        }
        return b.toString();
    }

    static String summaryLine(PushSummary p) {
        return p.started() + (p.finished().isPresent() ? "" : " (interrupted)") + ": " + p.ok() + " done, "
                + p.failed() + " failed, " + p.skipped() + " skipped"
                + (p.unfinished() > 0 ? ", " + p.unfinished() + " not sent" : "") + " of " + p.actions()
                + " actions to " + p.target();
    }

    private static String verb(ActionVerb verb) {
        return verb.name().toLowerCase(Locale.ROOT);
    }
}
