package org.netboxauto.ui.push;

import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.netboxauto.service.PushConfirmation;
import org.netboxauto.ui.Stylesheets;

/**
 * Asks before a push writes: where to, how many changes, every removal in red. Cancel is the
 * default, so Enter or Esc never writes; only the write button, pressed on purpose, does.
 */
final class ConfirmPushDialog {

    static final String WRITE = "_Write to NetBox";

    private ConfirmPushDialog() {
    }

    static boolean ask(Window owner, PushConfirmation c) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Write to NetBox?");
        dialog.setHeaderText("This push writes to NetBox at " + c.netbox());
        VBox body = new VBox(6);
        body.getStyleClass().add("push-confirm");
        Label counts = new Label("NetBox: " + c.counts());
        counts.getStyleClass().add("push-confirm-counts");
        body.getChildren().add(counts);
        for (Map.Entry<String, Integer> dns : c.dns().entrySet()) {
            body.getChildren().add(new Label("DNS " + dns.getKey() + ": " + PushTexts.plural(dns.getValue(),
                    "change", "changes")));
        }
        if (!c.removals().isEmpty()) {
            Label heading = new Label("Removed for good (" + c.removals().size() + "):");
            heading.getStyleClass().addAll("push-confirm-removal", "push-confirm-removal-heading");
            heading.setGraphic(new FontIcon("mdi2d-delete-alert-outline"));
            body.getChildren().add(heading);
            for (String r : c.removals()) {
                Label line = new Label(r);
                line.getStyleClass().add("push-confirm-removal");
                body.getChildren().add(line);
            }
        }
        Label hint = new Label("Enter or Esc cancels; nothing is written until you press \""
                + WRITE.replace("_", "") + "\".");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        body.getChildren().add(hint);
        dialog.getDialogPane().setContent(body);
        ButtonType write = new ButtonType(WRITE, ButtonData.OTHER);
        ButtonType cancel = new ButtonType("_Cancel", ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(cancel, write);
        Button writeButton = (Button) dialog.getDialogPane().lookupButton(write);
        writeButton.setDefaultButton(false);
        writeButton.getStyleClass().add("push-confirm-write");
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setDefaultButton(true);
        // a focused button fires on Enter too: on the write button Enter still cancels; Space, a click or Alt+W write
        writeButton.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER) {
                key.consume();
                cancelButton.fire();
            }
        });
        dialog.getDialogPane().getStyleClass().add("push-confirm-dialog");
        Stylesheets.apply(dialog.getDialogPane().getScene());
        dialog.setResultConverter(button -> button == write);
        dialog.setOnShown(e -> Platform.runLater(cancelButton::requestFocus));
        return dialog.showAndWait().orElse(false);
    }
}
