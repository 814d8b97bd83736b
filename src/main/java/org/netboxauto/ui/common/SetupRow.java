package org.netboxauto.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One config key in an empty state: the key, what it is for, and whether it is set. */
final class SetupRow extends HBox {

    SetupRow(SetupItem item) {
        getStyleClass().add("setup-row");
        Label key = new Label(item.key().key());
        key.getStyleClass().add("config-key");
        Label purpose = new Label(item.key().purpose());
        purpose.getStyleClass().add("setup-purpose");
        purpose.setWrapText(true);
        purpose.setMinHeight(Region.USE_PREF_SIZE);
        VBox text = new VBox(key, purpose);
        text.getStyleClass().add("setup-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        Label state = new Label(item.configured() ? "set" : "not set");
        state.getStyleClass().addAll("pill", item.configured() ? "pill-ok" : "pill-muted");
        state.setMinWidth(Label.USE_PREF_SIZE);
        getChildren().addAll(text, state);
    }
}
