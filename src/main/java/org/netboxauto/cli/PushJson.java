package org.netboxauto.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.PlanProblem;
import org.netboxauto.core.push.PushAction;
import org.netboxauto.core.push.OrphanProposal;
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

    /**
     * Prints the plan (and, after a push, its {@code result}) as it is written: a plan of 50,000 hosts
     * has hundreds of thousands of actions, which as a tree and then one string took more memory than
     * reading NetBox.
     */
    static void print(PrintWriter out, PushPreview preview, Optional<ObjectNode> result) throws IOException {
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            plan(g, preview, result);
        }
        out.println();
    }

    private static void plan(JsonGenerator g, PushPreview preview, Optional<ObjectNode> result) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("netbox");
        g.writeStringField("url", preview.netbox().toString());
        g.writeStringField("version", preview.version());
        g.writeEndObject();
        g.writeNumberField("hosts", preview.plan().hosts());
        g.writeObjectFieldStart("counts");
        for (var e : preview.plan().countByVerb().entrySet()) {
            g.writeNumberField(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("actions");
        int i = 0;
        for (PushAction a : preview.plan().actions()) {
            g.writeStartObject();
            g.writeNumberField("index", i++);
            g.writeStringField("key", a.key());
            g.writeStringField("stage", lower(a.stage().name()));
            g.writeStringField("verb", lower(a.verb().name()));
            g.writeStringField("type", a.type().contentType());
            g.writeStringField("label", a.label());
            g.writeStringField("host", a.host().map(Object::toString).orElse(null));
            if (a.target().isPresent()) {
                g.writeStringField("target", PlanText.value(a.target().get()));
            }
            fields(g, "before", a.before());
            fields(g, "after", a.after());
            g.writeArrayFieldStart("dependsOn");
            for (String d : a.dependsOn()) {
                g.writeString(d);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("problems");
        for (PlanProblem p : preview.plan().problems()) {
            g.writeStartObject();
            g.writeStringField("host", p.host().map(Object::toString).orElse(null));
            g.writeStringField("subject", p.subject());
            g.writeStringField("message", p.message());
            g.writeBooleanField("blocking", p.blocking());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("removable");
        for (RemovalCandidate r : preview.plan().removable()) {
            g.writeStartObject();
            g.writeStringField("type", r.ref().type().contentType());
            g.writeNumberField("id", r.ref().id());
            g.writeStringField("name", r.name());
            g.writeStringField("url", r.webUrl());
            g.writeStringField("remove", PushCommand.removeArgument(r.ref()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("orphans");
        for (OrphanProposal o : preview.orphans()) {
            g.writeStartObject();
            g.writeStringField("type", o.ref().type().contentType());
            g.writeNumberField("id", o.ref().id());
            g.writeStringField("name", o.name());
            g.writeStringField("url", o.webUrl());
            g.writeStringField("status", o.status());
            g.writeStringField("lastSeen", o.lastSeen().toString());
            g.writeNumberField("goneDays", o.gone().toDays());
            g.writeStringField("proposed", o.step() == OrphanProposal.Step.OFFLINE ? "offline" : "remove");
            g.writeBooleanField("applied", preview.applies(o));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("dns");
        g.writeStringField("error", preview.dnsError().orElse(null));
        g.writeArrayFieldStart("targets");
        for (DnsTargetPlan t : preview.dns().targets()) {
            g.writeStartObject();
            g.writeStringField("target", t.target());
            g.writeStringField("where", t.where());
            g.writeStringField("error", t.error().orElse(null));
            g.writeArrayFieldStart("changes");
            for (var c : t.changes()) {
                g.writeStartObject();
                g.writeStringField("kind", lower(c.kind().name()));
                g.writeStringField("line", c.line());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("problems");
        for (var p : preview.dns().problems()) {
            g.writeStartObject();
            g.writeStringField("host", p.mac().toString());
            g.writeStringField("message", p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeNumberField("writes", preview.writes());
        if (preview.interrupted().isPresent()) {
            g.writeFieldName("interrupted");
            JSON.writeTree(g, summary(JSON, preview.interrupted().get()));
        }
        g.writeObjectFieldStart("timing");
        g.writeNumberField("readMs", preview.readTime().toMillis());
        g.writeNumberField("planMs", preview.planTime().toMillis());
        g.writeNumberField("readRequests", preview.readRequests());
        g.writeEndObject();
        if (result.isPresent()) {
            g.writeFieldName("result");
            JSON.writeTree(g, result.get());
        }
        g.writeEndObject();
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

    private static void fields(JsonGenerator g, String name, Map<String, Object> fields) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue() == null ? null : PlanText.value(e.getValue()));
        }
        g.writeEndObject();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
