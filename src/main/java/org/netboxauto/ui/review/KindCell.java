package org.netboxauto.ui.review;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.netboxauto.service.HostEntry;

/** The kind the admin set, or a muted suggestion ("vm?") that one click accepts; never applied silently. */
final class KindCell extends TableCell<HostRow, HostEntry> {

    private final Label kind = new Label();
    private final Button suggestion = new Button();

    KindCell(BiConsumer<List<HostRow>, String> accept) {
        kind.getStyleClass().add("kind-label");
        suggestion.getStyleClass().add("kind-suggestion");
        suggestion.setTooltip(new Tooltip("Suggested from the sources and vendor; click to accept (key S)"));
        suggestion.setFocusTraversable(false);
        suggestion.setOnAction(e -> {
            HostRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row != null) {
                accept.accept(List.of(row), row.entry().suggestedKind().orElse(""));
            }
        });
    }

    @Override
    protected void updateItem(HostEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setGraphic(null);
            return;
        }
        if (entry.kind().isPresent()) {
            kind.setText(entry.kind().get());
            setGraphic(kind);
        } else if (entry.suggestedKind().isPresent()) {
            suggestion.setText(entry.suggestedKind().get() + "?");
            setGraphic(suggestion);
        } else {
            setGraphic(null);
        }
    }
}
