package org.netboxauto.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.netboxauto.core.CsvCell;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PeerText;
import org.netboxauto.core.Sourced;
import org.netboxauto.core.TimeText;
import org.netboxauto.service.HostEntry;

/** Hosts as an aligned text table and as spreadsheet-safe CSV (RFC 4180; lists inside a cell separated by spaces). */
final class HostTable {

    private static final List<String> HEADER = List.of("MAC", "HOSTNAME", "NAME FROM", "IPS", "SOURCES", "STATE",
            "KIND", "PORT", "VENDOR", "FIRST SEEN", "LAST SEEN", "MACS", "FLAGS");

    private HostTable() {
    }

    /** One row per host; times through {@code time}, so the table shows them for people and CSV as ISO. */
    static List<List<String>> rows(List<HostEntry> entries, Function<Instant, String> time) {
        List<List<String>> rows = new ArrayList<>();
        for (HostEntry e : entries) {
            Host h = e.host();
            rows.add(List.of(h.mac().toString(), h.hostnameValue().orElse(""),
                    h.hostname().map(n -> n.source()).orElse(""), String.join(" ", h.ipValues()),
                    String.join(" ", h.sources()), e.state().name().toLowerCase(Locale.ROOT), e.kind().orElse(""),
                    h.port().map(p -> p.value().toString()).orElse(""), h.vendor().map(Sourced::value).orElse(""),
                    time.apply(h.firstSeen()), time.apply(h.lastSeen()),
                    String.join(" ", h.macs().stream().map(MacAddress::toString).toList()),
                    String.join(" ", h.flags().stream().map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                            .sorted().toList())));
        }
        return rows;
    }

    static String text(List<HostEntry> entries) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        // names and kinds come from peers: shown escaped, so a terminal never acts on them
        rows(entries, TimeText::text).forEach(r -> rows.add(r.stream().map(PeerText::escape).toList()));
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == row.size() - 1 ? row.get(i) : pad(row.get(i), widths[i] + 2));
            }
            out.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return out.toString();
    }

    static String csv(List<HostEntry> entries) {
        StringBuilder out = new StringBuilder();
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER.stream().map(h -> h.toLowerCase(Locale.ROOT).replace(' ', '_')).toList());
        rows.addAll(rows(entries, TimeText::iso));
        for (List<String> row : rows) {
            out.append(String.join(",", row.stream().map(CsvCell::of).toList())).append("\r\n");
        }
        return out.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
