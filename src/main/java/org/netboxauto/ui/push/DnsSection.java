package org.netboxauto.ui.push;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The plan's second section: the DNS records each target gets, written after NetBox, all or nothing per target. */
final class DnsSection {

    private DnsSection() {
    }

    static Node create(PushViewModel model) {
        Label heading = new Label();
        heading.getStyleClass().add("push-section-title");
        heading.setGraphic(new FontIcon("mdi2d-dns-outline"));
        heading.textProperty().bind(Bindings.createStringBinding(() -> "DNS  ·  " + PushTexts.plural(
                model.dns().size(), "change", "changes") + where(model.dns()) + ", written after NetBox; each"
                + " target takes all its changes or none", model.dns()));
        Label error = new Label();
        error.getStyleClass().add("push-error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.dnsErrorProperty());
        error.visibleProperty().bind(model.dnsErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        BooleanBinding sent = ActionTable.sent(model);
        TableView<DnsRow> table = ActionTable.table(model.dns(), "DNS already matches the approved hosts.");
        table.getStyleClass().add("push-dns");
        TableColumn<DnsRow, String> target = ActionTable.text("Target", DnsRow::target, 110);
        target.setMaxWidth(140);
        TableColumn<DnsRow, String> kind = ActionTable.text("Change", DnsRow::kind, 70);
        kind.setMaxWidth(90);
        kind.setCellFactory(c -> new ActionTable.VerbCell<>());
        TableColumn<DnsRow, String> record = ActionTable.text("Record (before → after)", DnsRow::record, 520);
        record.setCellFactory(c -> new ActionTable.TipCell<>(r -> r.change().line() + "\n" + r.where()));
        table.getColumns().setAll(List.of(ActionTable.state(sent, DnsRow::shownProperty), target, kind, record,
                ActionTable.answer("Target's answer", sent, DnsRow::messageProperty)));
        table.setPrefHeight(170);
        table.setMinHeight(140);
        // a target that could not be read leaves the others' changes to show
        table.visibleProperty().bind(model.dnsErrorProperty().isEmpty().or(Bindings.isNotEmpty(model.dns())));
        table.managedProperty().bind(table.visibleProperty());

        VBox section = new VBox(6, heading, error, table);
        section.getStyleClass().addAll("card", "push-section");
        BooleanBinding shown = Bindings.createBooleanBinding(() -> model.previewProperty().get() != null
                && (!model.previewProperty().get().dns().targets().isEmpty()
                || model.previewProperty().get().dnsError().isPresent()), model.previewProperty());
        section.visibleProperty().bind(shown);
        section.managedProperty().bind(shown);
        return section;
    }

    private static String where(List<DnsRow> rows) {
        String targets = rows.stream().map(DnsRow::where).distinct().collect(Collectors.joining("; "));
        return targets.isEmpty() ? "" : " to " + targets;
    }
}
