package org.netboxauto.ui.review;

import java.util.Map;
import java.util.TreeMap;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.netboxauto.core.Host;
import org.netboxauto.core.Observation;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.Review;
import org.netboxauto.core.Sourced;
import org.netboxauto.core.TemporaryAddresses;
import org.netboxauto.service.HostEntry;

/** The selected host: each field with the source that said it, each source's evidence, and its history. */
final class DetailPane {

    private final ReviewViewModel model;
    private final VBox content = new VBox(14);
    private final ScrollPane scroll = new ScrollPane(content);

    DetailPane(ReviewViewModel model) {
        this.model = model;
        content.getStyleClass().add("detail-content");
        content.setPadding(new Insets(14, 16, 16, 16));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("detail-scroll");
        javafx.beans.value.ChangeListener<HostEntry> onDecided = (obs, old, now) -> show();
        model.selectedProperty().addListener((obs, old, row) -> {
            if (old != null) {
                old.entryProperty().removeListener(onDecided);
            }
            if (row != null) {
                row.entryProperty().addListener(onDecided);
            }
            show();
        });
        model.history().addListener((ListChangeListener<Observation>) c -> show());
        show();
    }

    Node node() {
        return scroll;
    }

    private void show() {
        HostRow row = model.selectedProperty().get();
        if (row == null) {
            Label hint = new Label("Select a host to see what each source said about it and how it changed"
                    + " across runs.");
            hint.setWrapText(true);
            hint.getStyleClass().add("muted");
            content.getChildren().setAll(heading("DETAILS"), hint);
            return;
        }
        HostEntry entry = row.entry();
        Host host = entry.host();
        Label title = new Label(ReviewColumns.name(entry) == null ? host.mac().toString() : ReviewColumns.name(entry));
        title.getStyleClass().add("detail-title");
        Label subtitle = new Label(host.mac() + " · " + entry.state().name().toLowerCase(java.util.Locale.ROOT)
                + entry.kind().map(k -> " · " + k).orElse(""));
        subtitle.getStyleClass().addAll("muted", "mono");
        content.getChildren().setAll(title, subtitle, heading("FIELDS AND WHO SAID THEM"), fields(host));
        review(entry.review()).ifPresent(n -> content.getChildren().addAll(heading("REVIEW"), n));
        content.getChildren().add(heading("WHAT EACH SOURCE SAID"));
        new TreeMap<>(host.evidence()).forEach((source, evidence) -> content.getChildren().add(evidence(source,
                evidence)));
        content.getChildren().addAll(heading("HISTORY ACROSS RUNS"), HistoryView.of(model.history()));
    }

    private static GridPane fields(Host host) {
        GridPane grid = grid();
        int[] line = {0};
        host.macs().forEach(m -> addRow(grid, line, "MAC", m.toString(), m.equals(host.mac()) ? "primary" : ""));
        java.util.Set<String> temporary = TemporaryAddresses.of(host);
        host.ips().forEach(ip -> addSourced(grid, line, "IP", ip,
                temporary.contains(ip.value()) ? "temporary (privacy) address, not pushed · " : ""));
        host.hostname().ifPresent(n -> addSourced(grid, line, "Name", n));
        host.vendor().ifPresent(v -> addSourced(grid, line, "Vendor", v));
        host.port().ifPresent(p -> addSourced(grid, line, "Port", new Sourced<>(p.value().toString(), p.source(),
                p.seenAt())));
        addRow(grid, line, "Seen", ReviewColumns.SEEN.format(host.firstSeen()) + " – "
                + ReviewColumns.SEEN.format(host.lastSeen()), "");
        return grid;
    }

    private static java.util.Optional<Node> review(Review review) {
        GridPane grid = grid();
        int[] line = {0};
        review.nameOverride().ifPresent(v -> addRow(grid, line, "Name", v, "override"));
        review.roleOverride().ifPresent(v -> addRow(grid, line, "Role", v, "override"));
        review.siteOverride().ifPresent(v -> addRow(grid, line, "Site", v, "override"));
        review.note().ifPresent(v -> addRow(grid, line, "Note", v, ""));
        review.rule().ifPresent(v -> addRow(grid, line, "Decided by", "review rule " + v, "review.rules"));
        return line[0] == 0 ? java.util.Optional.empty() : java.util.Optional.of(grid);
    }

    private static Node evidence(String source, Map<String, String> evidence) {
        GridPane grid = grid();
        int[] line = {0};
        new TreeMap<>(evidence).forEach((k, v) -> addRow(grid, line, k, v, ""));
        VBox box = new VBox(4, SourcesCell.badge(source), grid);
        box.getStyleClass().add("detail-source");
        return box;
    }

    private static void addSourced(GridPane grid, int[] line, String field, Sourced<String> value) {
        addSourced(grid, line, field, value, "");
    }

    /** @param note said before the source, e.g. why the value is not pushed */
    private static void addSourced(GridPane grid, int[] line, String field, Sourced<String> value, String note) {
        addRow(grid, line, field, value.value(), note + value.source() + " · " + ReviewColumns.SEEN.format(value.seenAt()));
    }

    static void addRow(GridPane grid, int[] line, String field, String value, String provenance) {
        Label f = new Label(field);
        f.getStyleClass().add("detail-field");
        f.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.getStyleClass().add("detail-value");
        v.setWrapText(true);
        VBox cell = new VBox(0, v);
        if (!provenance.isEmpty()) {
            Label p = new Label(provenance);
            p.getStyleClass().addAll("muted", "detail-provenance");
            p.setWrapText(true);
            cell.getChildren().add(p);
        }
        GridPane.setValignment(f, javafx.geometry.VPos.TOP);
        grid.addRow(line[0]++, f, cell);
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(3);
        return grid;
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("card-heading");
        return label;
    }

    static String port(Observation o) {
        String sw = o.evidence().get(org.netboxauto.core.Evidence.SWITCH);
        String port = o.evidence().get(org.netboxauto.core.Evidence.PORT);
        return sw == null || port == null ? "" : new PortLocation(sw, port, java.util.Optional.empty()).toString();
    }
}
