package org.netboxauto.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** A command in monospace with a button that copies it. */
final class CommandRow extends HBox {

    CommandRow(String command) {
        getStyleClass().add("command-row");
        Label text = new Label(command, new FontIcon(MaterialDesignC.CHEVRON_RIGHT));
        text.getStyleClass().add("command");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button copy = new Button(null, new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.getStyleClass().add("icon-button");
        copy.setTooltip(new Tooltip("Copy"));
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(command);
            Clipboard.getSystemClipboard().setContent(content);
        });
        getChildren().addAll(text, copy);
    }
}
