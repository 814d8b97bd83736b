package org.netboxauto.ui.review;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import org.netboxauto.core.SourceIds;
import org.netboxauto.service.HostEntry;

/** The sources that saw the host, as small badges coloured by source kind. */
final class SourcesCell extends TableCell<HostRow, HostEntry> {

    private final HBox badges = new HBox(4);

    SourcesCell() {
        badges.getStyleClass().add("badge-row");
        badges.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(HostEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setGraphic(null);
            return;
        }
        badges.getChildren().clear();
        for (String source : entry.host().sources()) {
            badges.getChildren().add(badge(source));
        }
        setGraphic(badges);
    }

    static Label badge(String source) {
        Label badge = new Label(SourceIds.name(source));
        badge.getStyleClass().addAll("source-badge", "source-" + SourceIds.kind(source).name().toLowerCase(
                java.util.Locale.ROOT));
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return badge;
    }
}
