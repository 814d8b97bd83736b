package org.netboxauto.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Parent;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.ui.FxmlViews;

/** A tab page that shows one empty state, its set-up list following the loaded config. */
public final class EmptyStatePage {

    private EmptyStatePage() {
    }

    public static Parent create(EmptyState content, ReadOnlyObjectProperty<LoadedConfig> config) {
        EmptyStateController controller = new EmptyStateController();
        Parent page = FxmlViews.load("common/EmptyStateView.fxml", controller);
        controller.bind(new EmptyStateViewModel(content, config));
        page.getStyleClass().add("tab-page");
        return page;
    }
}
