package org.netboxauto.ui.push;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** A list cell that shows one line built from its item (a badge, a subject, a text) and the whole as tooltip. */
abstract class LineCell<T> extends ListCell<T> {

    @Override
    protected final void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        setGraphic(line(item));
        setTooltip(new Tooltip(tip(item)));
    }

    abstract Node line(T item);

    abstract String tip(T item);

    static Label badge(String text, String style) {
        Label badge = new Label(text);
        badge.getStyleClass().addAll("push-badge", style);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    static Label subject(String text) {
        Label subject = new Label(text);
        subject.getStyleClass().add("push-problem-subject");
        subject.setMinWidth(Region.USE_PREF_SIZE);
        return subject;
    }

    static Label text(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("push-problem-text");
        return label;
    }
}
