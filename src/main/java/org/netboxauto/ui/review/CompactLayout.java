package org.netboxauto.ui.review;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * On a short screen (a 1366×768 laptop) the grid comes first: the summary cards fold away (a toggle brings
 * them back; the status bar keeps the counts) and rows are a little tighter, so at least 20 rows show.
 */
final class CompactLayout {

    /** Windows shorter than this start with the summary folded and tighter rows. */
    static final double SHORT = 900;
    static final double ROW = 30;
    static final double COMPACT_ROW = 24;

    private CompactLayout() {
    }

    static ToggleButton attach(Node root, Node summary, TableView<?> table) {
        ToggleButton toggle = new ToggleButton("Summary", new FontIcon("mdi2c-chevron-up"));
        toggle.getStyleClass().add("summary-toggle");
        toggle.setTooltip(new Tooltip("Show or hide the summary cards"));
        toggle.setSelected(true);
        summary.visibleProperty().bind(toggle.selectedProperty());
        summary.managedProperty().bind(toggle.selectedProperty());
        toggle.selectedProperty().addListener((obs, old, shown) ->
                ((FontIcon) toggle.getGraphic()).setIconLiteral(shown ? "mdi2c-chevron-up" : "mdi2c-chevron-down"));
        boolean[] userChose = {false};
        toggle.setOnAction(e -> userChose[0] = true);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                fit(scene, toggle, table, userChose);
                scene.heightProperty().addListener((o, was, now) -> fit(scene, toggle, table, userChose));
            }
        });
        return toggle;
    }

    private static void fit(Scene scene, ToggleButton toggle, TableView<?> table, boolean[] userChose) {
        boolean compact = scene.getHeight() > 0 && scene.getHeight() < SHORT;
        table.setFixedCellSize(compact ? COMPACT_ROW : ROW);
        if (!userChose[0]) {
            toggle.setSelected(!compact);
        }
    }
}
