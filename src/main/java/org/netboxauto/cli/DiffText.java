package org.netboxauto.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.netboxauto.core.Host;
import org.netboxauto.core.compare.Comparison;
import org.netboxauto.core.compare.FieldDiff;
import org.netboxauto.core.compare.NetBoxHost;
import org.netboxauto.core.compare.Outcome;
import org.netboxauto.service.CompareReport;

/** The comparison as a table for people: one line per row, its differences indented below it. */
final class DiffText {

    private static final String NL = System.lineSeparator();

    private DiffText() {
    }

    static String of(CompareReport report) {
        StringBuilder out = new StringBuilder();
        int objects = report.counts().getOrDefault("devices", 0) + report.counts().getOrDefault("virtual-machines", 0);
        out.append("NetBox ").append(report.version()).append(" at ").append(report.netbox()).append(": ")
                .append(objects).append(" devices and VMs read in ").append(report.readTime().toMillis())
                .append(" ms (").append(report.requests()).append(" requests); ").append(report.hosts())
                .append(" discovered hosts").append(NL);
        out.append(String.format("%-16s %-36s %-30s %s", "OUTCOME", "DISCOVERED", "NETBOX", "BY")).append(NL);
        for (Comparison c : report.result().rows()) {
            out.append(String.format("%-16s %-36s %-30s %s", label(c.outcome()),
                    c.host().map(DiffText::host).orElse("-"), c.netbox().map(DiffText::object).orElse("-"),
                    c.basis().map(b -> b.name().toLowerCase(Locale.ROOT)).orElse(""))).append(NL);
            for (FieldDiff d : c.diffs()) {
                out.append("    ").append(d.field()).append(": ").append(d.discovered()).append("  |  NetBox: ")
                        .append(d.netbox().isEmpty() ? "(none)" : d.netbox()).append(NL);
            }
            c.reason().ifPresent(r -> out.append("    ").append(r).append(NL));
        }
        out.append(report.result().counts().entrySet().stream()
                .map(e -> label(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "))).append(NL);
        return out.toString();
    }

    static String label(Outcome o) {
        return o.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String host(Host h) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(h.mac().toString());
        h.hostnameValue().ifPresent(parts::add);
        if (!h.ipValues().isEmpty()) {
            parts.add(h.ipValues().getFirst());
        }
        return String.join(" ", parts);
    }

    static String object(NetBoxHost o) {
        return o.label();
    }
}
