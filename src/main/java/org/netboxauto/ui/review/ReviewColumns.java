package org.netboxauto.ui.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.netboxauto.core.PeerText;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.Sourced;
import org.netboxauto.service.HostEntry;

/**
 * The grid's columns, built in code: each shows a part of the row's entry and sorts with its own
 * comparator on precomputed keys, so sorting 50,000 rows never formats a cell.
 */
final class ReviewColumns {

    static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private static final Comparator<String> TEXT = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);

    private final Map<TableColumn<HostRow, ?>, Comparator<HostRow>> comparators = new java.util.HashMap<>();
    private final List<TableColumn<HostRow, HostEntry>> columns = new ArrayList<>();

    ReviewColumns(java.util.function.BiConsumer<List<HostRow>, String> acceptSuggestion) {
        this(acceptSuggestion, mac -> "");
    }

    /** @param inNetBox what the last NetBox comparison said of a MAC, empty before any */
    ReviewColumns(java.util.function.BiConsumer<List<HostRow>, String> acceptSuggestion,
            Function<org.netboxauto.core.MacAddress, String> inNetBox) {
        add("state", "", 34, StateCell::new, Comparator.comparing(r -> r.entry().state()));
        add("mac", "MAC", 140, text(e -> e.host().mac() + (e.host().macs().size() > 1
                ? " +" + (e.host().macs().size() - 1) : ""), "mono"), Comparator.comparing(HostRow::mac));
        add("name", "Host name", 130, text(ReviewColumns::name), by(r -> name(r.entry())));
        add("ips", "IP addresses", 115, text(e -> String.join(", ", e.host().ipValues()), "mono"),
                Comparator.comparing(HostRow::ipKey));
        add("vendor", "Vendor", 120, text(e -> vendor(e)), by(r -> vendor(r.entry())));
        add("kind", "Kind", 90, () -> new KindCell(acceptSuggestion),
                by(r -> r.entry().kind().or(() -> r.entry().suggestedKind().map(k -> "~" + k)).orElse(null)));
        add("netbox", "In NetBox", 110, text(e -> inNetBox.apply(e.host().mac())),
                by(r -> inNetBox.apply(r.mac())));
        add("flags", "Flags", 130, FlagsCell::new, Comparator.comparingInt((HostRow r) -> FlagsCell.flags(r).size())
                .reversed());
        add("sources", "Sources", 150, SourcesCell::new, by(r -> String.join(",", r.host().sources())));
        add("switch", "Switch", 110, text(e -> port(e, PortLocation::switchName)),
                by(r -> port(r.entry(), PortLocation::switchName)));
        add("port", "Port", 80, text(e -> port(e, PortLocation::port)), by(r -> port(r.entry(), PortLocation::port)));
        add("vlan", "VLAN", 56, text(e -> port(e, p -> p.vlan().map(String::valueOf).orElse(null))),
                Comparator.comparing(r -> r.host().port().flatMap(p -> p.value().vlan()).orElse(Integer.MAX_VALUE)));
        add("first-seen", "First seen", 140, text(e -> SEEN.format(e.host().firstSeen())),
                Comparator.comparing(r -> r.host().firstSeen()));
        add("last-seen", "Last seen", 140, text(e -> SEEN.format(e.host().lastSeen())),
                Comparator.comparing((HostRow r) -> r.host().lastSeen(), Comparator.<Instant>naturalOrder()));
        add("rule", "Decided by", 110, text(e -> e.review().rule().map(r -> "rule " + r).orElse("")),
                by(r -> r.entry().review().rule().orElse(null)));
        add("note", "Note", 160, text(e -> e.review().note().orElse("")), by(r -> r.entry().review().note()
                .orElse(null)));
        columns.getLast().setVisible(false);
        exportAs(Map.ofEntries(
                Map.entry("state", r -> r.entry().state().name().toLowerCase(Locale.ROOT)),
                Map.entry("mac", r -> r.host().macs().stream().map(String::valueOf).collect(
                        java.util.stream.Collectors.joining(", "))),
                Map.entry("name", r -> name(r.entry())),
                Map.entry("ips", r -> String.join(", ", r.host().ipValues())),
                Map.entry("vendor", r -> vendor(r.entry())),
                Map.entry("kind", r -> r.entry().kind().or(() -> r.entry().suggestedKind().map(k -> "suggested: " + k))
                        .orElse("")),
                Map.entry("flags", r -> String.join(", ", FlagsCell.flags(r))),
                Map.entry("sources", r -> String.join(", ", r.host().sources())),
                Map.entry("switch", r -> port(r.entry(), PortLocation::switchName)),
                Map.entry("port", r -> port(r.entry(), PortLocation::port)),
                Map.entry("vlan", r -> port(r.entry(), p -> p.vlan().map(String::valueOf).orElse(null))),
                Map.entry("first-seen", r -> SEEN.format(r.host().firstSeen())),
                Map.entry("last-seen", r -> SEEN.format(r.host().lastSeen())),
                Map.entry("netbox", r -> inNetBox.apply(r.mac())),
                Map.entry("rule", r -> r.entry().review().rule().orElse("")),
                Map.entry("note", r -> r.entry().review().note().orElse(""))));
    }

    private void exportAs(Map<String, Function<HostRow, String>> texts) {
        for (TableColumn<HostRow, HostEntry> column : columns) {
            Function<HostRow, String> text = texts.get(column.getId());
            if (text != null) {
                org.netboxauto.ui.common.TableExport.text(column, text);
            }
        }
    }

    List<TableColumn<HostRow, HostEntry>> columns() {
        return columns;
    }

    /** The order the table's sort columns describe, or null for the store's order (by MAC). */
    Comparator<HostRow> comparator(List<TableColumn<HostRow, ?>> sortOrder) {
        Comparator<HostRow> result = null;
        for (TableColumn<HostRow, ?> column : sortOrder) {
            Comparator<HostRow> c = comparators.get(column);
            if (c == null) {
                continue;
            }
            c = column.getSortType() == TableColumn.SortType.DESCENDING ? c.reversed() : c;
            result = result == null ? c : result.thenComparing(c);
        }
        return result == null ? null : result.thenComparing(HostRow::mac);
    }

    private void add(String id, String title, double width,
            Supplier<TableCell<HostRow, HostEntry>> cell, Comparator<HostRow> order) {
        TableColumn<HostRow, HostEntry> column = new TableColumn<>(title);
        column.setId(id);
        column.setUserData(title.isEmpty() ? "State" : title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> c.getValue().entryProperty());
        column.setCellFactory(col -> cell.get());
        if (title.isEmpty()) {
            column.setResizable(false);
            column.getStyleClass().add("state-column");
        }
        comparators.put(column, order);
        columns.add(column);
    }

    private static Supplier<TableCell<HostRow, HostEntry>> text(Function<HostEntry, String> text, String... styles) {
        return () -> new TextCell(text, styles);
    }

    private static Comparator<HostRow> by(Function<HostRow, String> key) {
        return Comparator.comparing(key, TEXT);
    }

    static String vendor(HostEntry e) {
        return e.host().vendor().map(Sourced::value).orElse(null);
    }

    /** The name as shown: a discovered name may hold bidi overrides or controls, shown escaped. */
    static String name(HostEntry e) {
        return e.review().nameOverride().or(e.host()::hostnameValue).map(PeerText::escape).orElse(null);
    }

    private static String port(HostEntry e, Function<PortLocation, String> part) {
        return e.host().port().map(p -> part.apply(p.value())).orElse(null);
    }
}
