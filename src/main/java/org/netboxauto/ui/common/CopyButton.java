package org.netboxauto.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** A small button that puts a message's whole text on the clipboard, e.g. to paste it into a ticket. */
public final class CopyButton {

    private CopyButton() {
    }

    public static Button of(ObservableStringValue text) {
        Button copy = new Button("", new FontIcon("mdi2c-content-copy"));
        copy.getStyleClass().addAll("icon-button", "copy-button");
        copy.setTooltip(new Tooltip("Copy this message"));
        copy.setAccessibleText("Copy this message");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        return copy;
    }
}
