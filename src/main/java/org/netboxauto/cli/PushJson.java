package org.netboxauto.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.PlanProblem;
import org.netboxauto.core.push.PushAction;
import org.netboxauto.core.push.RemovalCandidate;
import org.netboxauto.service.PlanText;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;
import org.netboxauto.service.PushSummary;
import org.netboxauto.service.DnsTargetPlan;

/** The push plan and its outcome as JSON for scripts. */
final class PushJson {

    static final ObjectMapper JSON = CliJson.mapper();

    private PushJson() {
    }

    static ObjectNode plan(PushPreview preview) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("netbox").put("url", preview.netbox().toString()).put("version", preview.version());
        root.put("hosts", preview.plan().hosts());
        ObjectNode counts = root.putObject("counts");
        preview.plan().countByVerb().forEach((v, n) -> counts.put(v.name().toLowerCase(Locale.ROOT), n));
        ArrayNode actions = root.putArray("actions");
        int i = 0;
        for (PushAction a : preview.plan().actions()) {
            ObjectNode n = actions.addObject();
            n.put("index", i++).put("key", a.key()).put("stage", lower(a.stage().name()))
                    .put("verb", lower(a.verb().name())).put("type", a.type().contentType()).put("label", a.label());
            n.put("host", a.host().map(Object::toString).orElse(null));
            a.target().ifPresent(t -> n.put("target", PlanText.value(t)));
            n.set("before", fields(a.before()));
            n.set("after", fields(a.after()));
            ArrayNode deps = n.putArray("dependsOn");
            a.dependsOn().forEach(deps::add);
        }
        ArrayNode problems = root.putArray("problems");
        for (PlanProblem p : preview.plan().problems()) {
            problems.addObject().put("host", p.host().map(Object::toString).orElse(null)).put("subject", p.subject())
                    .put("message", p.message()).put("blocking", p.blocking());
        }
        ArrayNode removable = root.putArray("removable");
        for (RemovalCandidate r : preview.plan().removable()) {
            removable.addObject().put("type", r.ref().type().contentType()).put("id", r.ref().id())
                    .put("name", r.name()).put("url", r.webUrl()).put("remove", PushCommand.removeArgument(r.ref()));
        }
        ObjectNode dns = root.putObject("dns");
        dns.put("error", preview.dnsError().orElse(null));
        ArrayNode targets = dns.putArray("targets");
        for (DnsTargetPlan t : preview.dns().targets()) {
            ObjectNode n = targets.addObject().put("target", t.target()).put("where", t.where())
                    .put("error", t.error().orElse(null));
            ArrayNode changes = n.putArray("changes");
            t.changes().forEach(c -> changes.addObject().put("kind", lower(c.kind().name())).put("line", c.line()));
        }
        ArrayNode dnsProblems = dns.putArray("problems");
        preview.dns().problems().forEach(p -> dnsProblems.addObject().put("host", p.mac().toString())
                .put("message", p.message()));
        root.put("writes", preview.writes());
        preview.interrupted().ifPresent(p -> root.set("interrupted", summary(JSON, p)));
        root.putObject("timing").put("readMs", preview.readTime().toMillis()).put("planMs", preview.planTime().toMillis())
                .put("readRequests", preview.readRequests());
        return root;
    }

    static ObjectNode result(PushPreview preview, PushReport report) {
        ObjectNode r = JSON.createObjectNode();
        r.put("push", report.pushId());
        r.put("ok", report.count(ActionOutcome.State.OK)).put("failed", report.count(ActionOutcome.State.FAILED))
                .put("skipped", report.count(ActionOutcome.State.SKIPPED)).put("requests", report.requests())
                .put("ms", report.took().toMillis());
        ArrayNode actions = r.putArray("actions");
        List<PushAction> planned = preview.plan().actions();
        for (int i = 0; i < planned.size(); i++) {
            ActionOutcome o = report.outcomes().get(i);
            actions.addObject().put("index", i).put("key", o.key()).put("state", lower(o.state().name()))
                    .put("id", o.id().orElse(null)).put("message", o.message().orElse(null))
                    .put("url", report.links().get(o.key()));
        }
        ArrayNode targets = r.putArray("dnsTargets");
        report.dnsTargets().forEach(t -> targets.addObject().put("target", t.target()).put("where", t.where())
                .put("state", lower(t.state().name())).put("written", t.written()).put("held", t.held())
                .put("error", t.error().orElse(null)));
        ArrayNode dns = r.putArray("dns");
        List<PushPreview.DnsLine> lines = preview.dnsChanges();
        for (int i = 0; i < lines.size(); i++) {
            ActionOutcome o = report.dnsOutcomes().get(i);
            dns.addObject().put("target", lines.get(i).target().target()).put("line", lines.get(i).change().line())
                    .put("state", lower(o.state().name())).put("message", o.message().orElse(null));
        }
        return r;
    }

    static ObjectNode summary(ObjectMapper mapper, PushSummary p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", p.id()).put("started", p.started().toString())
                .put("finished", p.finished().map(Object::toString).orElse(null)).put("target", p.target())
                .put("actions", p.actions()).put("ok", p.ok()).put("failed", p.failed()).put("skipped", p.skipped())
                .put("unfinished", p.unfinished());
        return n;
    }

    private static ObjectNode fields(Map<String, Object> fields) {
        ObjectNode n = JSON.createObjectNode();
        fields.forEach((k, v) -> n.put(k, v == null ? null : PlanText.value(v)));
        return n;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
