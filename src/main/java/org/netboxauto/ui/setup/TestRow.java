package org.netboxauto.ui.setup;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.netboxauto.net.CertificateSummary;
import org.netboxauto.ui.common.CertificateCard;

/** An entry's Test connection button and what the test found, or why there is no test yet. */
final class TestRow {

    private static final List<String> STATES = List.of("test-testing", "test-ok", "test-failed", "test-unavailable");

    private TestRow() {
    }

    /** @param trust pins the certificate the last test refused and tests again */
    static Node of(TestStatus status, Runnable test, Consumer<CertificateSummary> trust) {
        return new VBox(10, row(status, test), CertificateCard.of(status.untrustedProperty(), trust));
    }

    private static Node row(TestStatus status, Runnable test) {
        Label result = new Label();
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.getStyleClass().add("test-result");
        result.textProperty().bind(status.messageProperty());
        HBox.setHgrow(result, Priority.ALWAYS);
        result.setMaxWidth(Double.MAX_VALUE);
        Button button = new Button("Test connection");
        button.setOnAction(e -> test.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        status.stateProperty().addListener((obs, old, state) -> show(state, result, button));
        show(status.stateProperty().get(), result, button);
        HBox row = new HBox(10, button, result);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static void show(TestStatus.State state, Label result, Button button) {
        result.getStyleClass().removeAll(STATES);
        button.setVisible(state != TestStatus.State.UNAVAILABLE);
        button.setManaged(button.isVisible());
        button.setDisable(state == TestStatus.State.TESTING);
        switch (state) {
            case TESTING -> result.getStyleClass().add("test-testing");
            case OK -> result.getStyleClass().add("test-ok");
            case FAILED -> result.getStyleClass().add("test-failed");
            case UNAVAILABLE -> result.getStyleClass().add("test-unavailable");
            case IDLE -> { }
        }
    }
}
