package org.netboxauto.ui.topology;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.ui.common.EmptyStatePage;
import org.netboxauto.ui.common.TabEmptyStates;

/** The Topology tab: how to get a map until a configured switch has reported, then the map. */
public final class TopologyPage {

    private TopologyPage() {
    }

    public static Parent create(ReadOnlyObjectProperty<LoadedConfig> config, TopologyViewModel model,
            ObservableBooleanValue dark, Executor background) {
        StackPane page = new StackPane();
        page.getStyleClass().add("topology-tab");
        Parent empty = EmptyStatePage.create(TabEmptyStates.TOPOLOGY, config);
        Parent[] view = new Parent[1];
        Runnable show = () -> {
            if (model.hasReportsProperty().get()) {
                if (view[0] == null) {
                    view[0] = TopologyView.create(model, dark, background);
                }
                page.getChildren().setAll(view[0]);
            } else {
                page.getChildren().setAll(empty);
            }
        };
        model.hasReportsProperty().addListener((obs, old, now) -> show.run());
        // a changed config may add or remove switch sources
        config.addListener((obs, old, now) -> model.load());
        show.run();
        model.load();
        return page;
    }
}
