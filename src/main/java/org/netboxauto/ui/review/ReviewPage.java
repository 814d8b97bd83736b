package org.netboxauto.ui.review;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.ui.FxmlViews;
import org.netboxauto.ui.common.EmptyStatePage;
import org.netboxauto.ui.common.TabEmptyStates;

/** The Review tab: its empty state until the store has hosts, then the host grid. */
public final class ReviewPage {

    private ReviewPage() {
    }

    public static Parent create(ReadOnlyObjectProperty<LoadedConfig> config, ReviewViewModel model) {
        StackPane page = new StackPane();
        Parent empty = EmptyStatePage.create(TabEmptyStates.REVIEW, config);
        Parent[] grid = new Parent[1];
        Runnable show = () -> {
            if (model.hasHostsProperty().get()) {
                if (grid[0] == null) {
                    grid[0] = FxmlViews.load("review/ReviewView.fxml", new ReviewController(model));
                }
                page.getChildren().setAll(grid[0]);
            } else {
                page.getChildren().setAll(empty);
            }
        };
        model.hasHostsProperty().addListener((obs, old, now) -> show.run());
        // the first config the shell reads is the one the load below already used
        config.addListener((obs, old, now) -> {
            if (old != null) {
                model.load();
            }
        });
        show.run();
        model.loadOnce();
        return page;
    }
}
