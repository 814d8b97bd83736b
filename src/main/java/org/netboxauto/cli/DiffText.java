package org.netboxauto.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.netboxauto.core.Host;
import org.netboxauto.core.PeerText;
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
        List<Comparison> rows = report.result().rows();
        // names come from peers: escaped before measuring, so the columns line up and a terminal never acts on them
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of("OUTCOME", "DISCOVERED", "NETBOX", "BY"));
        for (Comparison c : rows) {
            cells.add(List.of(label(c.outcome()), PeerText.escape(c.host().map(DiffText::host).orElse("-")),
                    PeerText.escape(c.netbox().map(DiffText::object).orElse("-")),
                    c.basis().map(b -> b.name().toLowerCase(Locale.ROOT)).orElse("")));
        }
        int[] widths = new int[4];
        cells.forEach(r -> {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        });
        out.append(line(cells.getFirst(), widths)).append(NL);
        for (int i = 0; i < rows.size(); i++) {
            Comparison c = rows.get(i);
            out.append(line(cells.get(i + 1), widths)).append(NL);
            for (FieldDiff d : c.diffs()) {
                out.append("    ").append(d.field()).append(": ").append(PeerText.escape(d.discovered()))
                        .append("  |  NetBox: ").append(d.netbox().isEmpty() ? "(none)" : PeerText.escape(d.netbox()))
                        .append(NL);
            }
            c.reason().ifPresent(r -> out.append("    ").append(PeerText.escape(r)).append(NL));
        }
        out.append(report.result().counts().entrySet().stream()
                .map(e -> label(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "))).append(NL);
        return out.toString();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            b.append(cell).append(i == cells.size() - 1 ? "" : " ".repeat(widths[i] - cell.length() + 2));
        }
        return b.toString().stripTrailing();
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
