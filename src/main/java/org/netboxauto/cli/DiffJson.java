package org.netboxauto.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.compare.Comparison;
import org.netboxauto.core.compare.FieldDiff;
import org.netboxauto.core.compare.NetBoxHost;
import org.netboxauto.service.CompareReport;

/** The comparison as JSON for scripts: NetBox facts, counts per outcome and every row. */
final class DiffJson {

    static final ObjectMapper JSON = CliJson.mapper();

    private DiffJson() {
    }

    static ObjectNode of(CompareReport report) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode nb = root.putObject("netbox");
        nb.put("url", report.netbox().toString());
        nb.put("version", report.version());
        nb.put("requests", report.requests());
        nb.put("readMs", report.readTime().toMillis());
        nb.put("matchMs", report.matchTime().toMillis());
        report.counts().forEach(nb.putObject("read")::put);
        ObjectNode counts = root.putObject("counts");
        report.result().counts().forEach((o, n) -> counts.put(key(o.name()), n));
        ArrayNode rows = root.putArray("rows");
        for (Comparison c : report.result().rows()) {
            ObjectNode row = rows.addObject();
            row.put("outcome", key(c.outcome().name()));
            row.put("matchedBy", c.basis().map(b -> key(b.name())).orElse(null));
            c.host().ifPresentOrElse(h -> row.set("discovered", host(h)), () -> row.putNull("discovered"));
            c.netbox().ifPresentOrElse(o -> row.set("netbox", object(o)), () -> row.putNull("netbox"));
            ArrayNode diffs = row.putArray("differences");
            for (FieldDiff d : c.diffs()) {
                diffs.addObject().put("field", key(d.field().name())).put("discovered", d.discovered())
                        .put("netbox", d.netbox());
            }
            if (!c.candidates().isEmpty()) {
                ArrayNode candidates = row.putArray("candidates");
                c.candidates().forEach(o -> candidates.add(object(o)));
            }
            c.reason().ifPresent(r -> row.put("reason", r));
        }
        return root;
    }

    private static String key(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ObjectNode host(Host h) {
        ObjectNode n = JSON.createObjectNode();
        n.put("mac", h.mac().toString());
        h.macs().stream().map(MacAddress::toString).forEach(n.putArray("macs")::add);
        n.put("name", h.hostnameValue().orElse(null));
        h.ipValues().forEach(n.putArray("ips")::add);
        h.port().ifPresent(p -> n.put("switchPort", p.value().switchName() + " " + p.value().port()));
        return n;
    }

    private static ObjectNode object(NetBoxHost o) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", o.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        n.put("id", o.id());
        n.put("name", o.name().orElse(null));
        n.put("status", o.status());
        n.put("site", o.site().orElse(null));
        n.put("url", o.webUrl());
        o.macs().stream().map(MacAddress::toString).forEach(n.putArray("macs")::add);
        o.ips().forEach(n.putArray("ips")::add);
        return n;
    }
}
