package org.netboxauto.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.netboxauto.core.HostChange;
import org.netboxauto.core.PeerText;
import org.netboxauto.core.Plural;
import org.netboxauto.service.DiscoveryReport;
import org.netboxauto.service.SourceOutcome;

/** A discovery run's summary as text for people and as JSON for scripts. */
final class DiscoveryReportText {

    private DiscoveryReportText() {
    }

    static String text(DiscoveryReport r) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append("Discovery run ").append(r.runId()).append(": ").append(lower(r.status()))
                .append(String.format(Locale.ROOT, " in %.1f s", r.took().toMillis() / 1000.0)).append(nl);
        int width = r.sources().stream().mapToInt(s -> s.source().length()).max().orElse(0);
        for (SourceOutcome s : r.sources()) {
            out.append("  ").append(s.source()).append(" ".repeat(width - s.source().length() + 2))
                    .append(s.succeeded() ? Plural.of(s.observations(), "observation") : "FAILED: " + s.error().orElseThrow())
                    .append(nl);
        }
        out.append("Hosts: ").append(r.count(HostChange.Kind.NEW)).append(" new, ")
                .append(r.count(HostChange.Kind.CHANGED)).append(" changed, ")
                .append(r.count(HostChange.Kind.GONE)).append(" gone (").append(r.hosts()).append(" in total)")
                .append(nl);
        if (!r.ruled().isEmpty()) {
            out.append("Review rules: ").append(ruled(r)).append(nl);
        }
        return out.toString();
    }

    /** {@code vms decided 3 hosts, phones 1 host}. */
    static String ruled(DiscoveryReport r) {
        return String.join(", ", r.ruled().entrySet().stream()
                .map(e -> PeerText.escape(e.getKey()) + " decided " + Plural.of(e.getValue(), "host")).toList());
    }

    static String json(DiscoveryReport r) throws JsonProcessingException {
        ObjectNode o = HostJson.JSON.createObjectNode();
        ObjectNode ruled = o.putObject("ruled");
        r.ruled().forEach(ruled::put);
        o.put("runId", r.runId());
        o.put("status", lower(r.status()));
        o.put("tookMs", r.took().toMillis());
        ArrayNode sources = o.putArray("sources");
        for (SourceOutcome s : r.sources()) {
            ObjectNode n = sources.addObject();
            n.put("source", s.source());
            n.put("status", lower(s.status()));
            n.put("observations", s.observations());
            n.put("error", s.error().orElse(null));
        }
        ObjectNode hosts = o.putObject("hosts");
        hosts.put("new", r.count(HostChange.Kind.NEW));
        hosts.put("changed", r.count(HostChange.Kind.CHANGED));
        hosts.put("gone", r.count(HostChange.Kind.GONE));
        hosts.put("total", r.hosts());
        ArrayNode changes = o.putArray("changes");
        for (HostChange c : r.changes()) {
            ObjectNode n = changes.addObject();
            n.put("kind", lower(c.kind()));
            n.put("mac", c.mac().toString());
            n.put("hostname", c.hostname().orElse(null));
            ArrayNode fields = n.putArray("fields");
            c.fields().forEach(f -> fields.addObject().put("field", f.field()).put("before", f.before())
                    .put("after", f.after()));
        }
        return HostJson.JSON.writeValueAsString(o);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
