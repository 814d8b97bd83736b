package org.netboxauto.ui.review;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.netboxauto.core.Decision;
import org.netboxauto.core.Review;
import org.netboxauto.ui.Stylesheets;

/** Asks for the name, role and site overrides and the note of one host or the selection. */
final class EditDialog {

    /** What the admin entered; a blank field clears that override. */
    record Edits(Decision.Override override, Decision.Note note) {
    }

    private EditDialog() {
    }

    static Optional<Edits> ask(Window owner, Review first, int count) {
        Dialog<Edits> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(count == 1 ? "Edit host" : "Edit " + count + " hosts");
        dialog.setHeaderText(count == 1 ? "Overrides and note for " + first.mac()
                : "Overrides and note for the " + count + " selected hosts");
        TextField name = field(first.nameOverride(), "the discovered name");
        TextField role = field(first.roleOverride(), "from the kind");
        TextField site = field(first.siteOverride(), "the default site");
        TextArea note = new TextArea(first.note().orElse(""));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Role"), role);
        grid.addRow(2, new Label("Site"), site);
        grid.addRow(3, new Label("Note"), note);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Stylesheets.apply(dialog.getDialogPane().getScene());
        dialog.setResultConverter(button -> button == ButtonType.OK ? new Edits(
                new Decision.Override(text(name.getText()), text(role.getText()), text(site.getText())),
                new Decision.Note(text(note.getText()))) : null);
        return dialog.showAndWait();
    }

    private static TextField field(Optional<String> value, String prompt) {
        TextField field = new TextField(value.orElse(""));
        field.setPromptText(prompt);
        field.setPrefColumnCount(24);
        return field;
    }

    private static Optional<String> text(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
