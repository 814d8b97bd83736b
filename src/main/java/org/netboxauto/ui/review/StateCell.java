package org.netboxauto.ui.review;

import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import org.kordamp.ikonli.javafx.FontIcon;
import org.netboxauto.core.ReviewState;
import org.netboxauto.service.HostEntry;

/** The review state as an icon: pending circle, approved check, rejected cross. */
final class StateCell extends TableCell<HostRow, HostEntry> {

    private final FontIcon icon = new FontIcon();

    StateCell() {
        setAlignment(Pos.CENTER);
        icon.getStyleClass().add("review-state-icon");
    }

    @Override
    protected void updateItem(HostEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setGraphic(null);
            return;
        }
        ReviewState state = entry.state();
        icon.setIconLiteral(literal(state));
        icon.getStyleClass().setAll("ikonli-font-icon", "review-state-icon", "review-" + state.name().toLowerCase(
                java.util.Locale.ROOT));
        setGraphic(icon);
    }

    static String literal(ReviewState state) {
        return switch (state) {
            case APPROVED -> "mdi2c-check-circle";
            case REJECTED -> "mdi2c-close-circle";
            case PENDING -> "mdi2c-circle-outline";
        };
    }
}
