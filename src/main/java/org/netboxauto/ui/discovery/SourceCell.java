package org.netboxauto.ui.discovery;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A source with its check box, its state icon and what it is doing. */
final class SourceCell extends ListCell<SourceRow> {

    private final CheckBox check = new CheckBox();
    private final Label name = new Label();
    private final Label detail = new Label();
    private final FontIcon icon = new FontIcon();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final javafx.scene.control.Button copy = org.netboxauto.ui.common.CopyButton.of(detail.textProperty());
    private final javafx.scene.control.Button trust = new javafx.scene.control.Button("Trust this certificate…");
    private final HBox box;
    private final javafx.beans.value.ChangeListener<Object> onUntrusted = (obs, old, now) -> showTrust();
    private final javafx.beans.value.ChangeListener<SourceRow.State> onState = (obs, old, now) -> show(now);
    private SourceRow bound;

    SourceCell(ObservableBooleanValue running, java.util.function.Consumer<SourceRow> openTrust) {
        trust.getStyleClass().add("trust-button");
        trust.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        trust.managedProperty().bind(trust.visibleProperty());
        trust.setVisible(false);
        trust.setOnAction(e -> {
            if (bound != null) {
                openTrust.accept(bound);
            }
        });
        check.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(running::get, running));
        name.getStyleClass().add("source-name");
        detail.getStyleClass().addAll("muted", "source-detail");
        detail.setWrapText(true);
        // a failed source's reason reads in full and can be copied
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        copy.managedProperty().bind(copy.visibleProperty());
        copy.setVisible(false);
        spinner.setPrefSize(16, 16);
        spinner.setMaxSize(16, 16);
        VBox text = new VBox(2, name, detail, trust);
        HBox.setHgrow(text, Priority.ALWAYS);
        box = new HBox(8, check, text, copy, new StackPane(icon, spinner));
        box.setAlignment(Pos.CENTER_LEFT);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SourceRow row, boolean empty) {
        super.updateItem(row, empty);
        if (bound != null) {
            check.selectedProperty().unbindBidirectional(bound.selectedProperty());
            detail.textProperty().unbind();
            bound.stateProperty().removeListener(onState);
            bound.untrustedProperty().removeListener(onUntrusted);
        }
        bound = empty ? null : row;
        if (row == null || empty) {
            setGraphic(null);
            return;
        }
        name.setText(row.source());
        check.selectedProperty().bindBidirectional(row.selectedProperty());
        detail.textProperty().bind(row.detailProperty());
        row.stateProperty().addListener(onState);
        row.untrustedProperty().addListener(onUntrusted);
        show(row.stateProperty().get());
        showTrust();
        setGraphic(box);
    }

    private void showTrust() {
        trust.setVisible(bound != null && bound.untrustedProperty().get() != null);
    }

    private void show(SourceRow.State state) {
        spinner.setVisible(state == SourceRow.State.RUNNING);
        icon.setVisible(state != SourceRow.State.RUNNING);
        icon.getStyleClass().removeAll("state-ok", "state-failed", "state-idle");
        detail.getStyleClass().remove("source-failed");
        copy.setVisible(state == SourceRow.State.FAILED);
        if (state == SourceRow.State.FAILED) {
            detail.getStyleClass().add("source-failed");
        }
        switch (state) {
            case SUCCEEDED -> {
                icon.setIconLiteral("mdi2c-check-circle");
                icon.getStyleClass().add("state-ok");
            }
            case FAILED -> {
                icon.setIconLiteral("mdi2a-alert-circle");
                icon.getStyleClass().add("state-failed");
            }
            default -> {
                icon.setIconLiteral("mdi2c-circle-outline");
                icon.getStyleClass().add("state-idle");
            }
        }
    }
}
