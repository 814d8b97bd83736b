package org.netboxauto.ui.diff;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.netboxauto.core.compare.Outcome;

/** The NetBox diff tab: refresh with progress, filters with counts, and the side-by-side table. */
final class DiffView {

    private DiffView() {
    }

    static Parent create(DiffViewModel model) {
        Button refresh = new Button("Refresh", new FontIcon("mdi2r-refresh"));
        refresh.getStyleClass().add("diff-refresh");
        refresh.setDefaultButton(true);
        refresh.disableProperty().bind(model.runningProperty());
        refresh.setOnAction(e -> model.refresh());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.setPrefWidth(160);
        refresh.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label message = new Label();
        message.getStyleClass().add("diff-message");
        message.textProperty().bind(model.messageProperty());
        // a long error reads in full, on as many lines as it needs, and can be copied
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        var copy = org.netboxauto.ui.common.CopyButton.of(model.messageProperty());
        copy.visibleProperty().bind(model.failedProperty());
        copy.managedProperty().bind(copy.visibleProperty());
        message.getStyleClass().add("diff-message");
        model.failedProperty().addListener((obs, old, failed) -> {
            message.getStyleClass().remove("diff-message-failed");
            if (failed) {
                message.getStyleClass().add("diff-message-failed");
            }
        });
        HBox top = new HBox(10, refresh, progress, message, copy);
        top.setAlignment(Pos.CENTER_LEFT);

        javafx.scene.control.TextField search = new javafx.scene.control.TextField();
        search.setPromptText("Filter by MAC, IP or name (Ctrl+F)");
        search.setPrefColumnCount(22);
        search.getStyleClass().add("search-field");
        search.textProperty().bindBidirectional(model.searchProperty());
        javafx.scene.control.TextField subnet = new javafx.scene.control.TextField();
        subnet.setPromptText("Subnet, e.g. 10.0.0.0/24");
        subnet.setPrefColumnCount(13);
        subnet.getStyleClass().add("mono");
        subnet.textProperty().bindBidirectional(model.subnetProperty());
        Label filterProblem = new Label();
        filterProblem.getStyleClass().add("diff-message-failed");
        filterProblem.textProperty().bind(model.filterProblemProperty());
        HBox find = new HBox(8, search, subnet, filterProblem);
        find.setAlignment(Pos.CENTER_LEFT);

        ToggleGroup group = new ToggleGroup();
        HBox filters = new HBox(6);
        filters.getStyleClass().add("diff-filters");
        filters.getChildren().add(filter(group, model, null));
        for (Outcome o : new Outcome[] {Outcome.DIFFERENT, Outcome.ONLY_DISCOVERED, Outcome.ONLY_NETBOX,
            Outcome.AMBIGUOUS, Outcome.SAME}) {
            filters.getChildren().add(filter(group, model, o));
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.filterProperty().set((Outcome) now.getUserData());
            }
        });

        var table = DiffTable.create(model);
        filters.getChildren().addAll(grow(), org.netboxauto.ui.common.ExportButton.of(table, "netbox-diff"));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label detail = new Label("Select a row to see why it is listed; double-click opens it in NetBox.");
        detail.getStyleClass().add("diff-detail");
        detail.setWrapText(true);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) ->
                detail.setText(row == null ? "" : DiffCells.explain(row)));
        var certificate = org.netboxauto.ui.common.CertificateCard.of(model.untrustedProperty(), model::trust);
        VBox page = new VBox(10, top, certificate, find, filters, table, detail);
        page.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.F) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            }
        });
        page.getStyleClass().add("diff-page");
        page.setPadding(new Insets(14, 16, 14, 16));
        BorderPane root = new BorderPane(page);
        root.getStylesheets().add(DiffView.class.getResource("/org/netboxauto/ui/diff/diff.css").toExternalForm());
        return root;
    }

    private static javafx.scene.layout.Region grow() {
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return gap;
    }

    private static ToggleButton filter(ToggleGroup group, DiffViewModel model, Outcome outcome) {
        ToggleButton b = new ToggleButton();
        b.setToggleGroup(group);
        b.setUserData(outcome);
        b.getStyleClass().add("diff-filter");
        if (outcome == null) {
            b.textProperty().bind(model.totalProperty().asString("All %d"));
            b.setSelected(true);
        } else {
            b.getStyleClass().add(DiffTable.styleClass(outcome));
            b.textProperty().bind(model.countProperty(outcome).asString(DiffTable.label(outcome) + " %d"));
        }
        return b;
    }
}
