package org.netboxauto.ui.review;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import org.netboxauto.service.HostEntry;

/** A cell that shows one text of the host, with the full text as its tooltip-free ellipsis. */
final class TextCell extends TableCell<HostRow, HostEntry> {

    private final Function<HostEntry, String> text;

    TextCell(Function<HostEntry, String> text, String... styleClasses) {
        this.text = text;
        getStyleClass().addAll(styleClasses);
    }

    @Override
    protected void updateItem(HostEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(empty || entry == null ? null : text.apply(entry));
    }
}
