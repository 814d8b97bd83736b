package org.netboxauto.ui.discovery;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.ui.FxmlViews;
import org.netboxauto.ui.common.EmptyStatePage;
import org.netboxauto.ui.common.TabEmptyStates;

/** The Discovery tab: its set-up page until a source is configured, then the run view. */
public final class DiscoveryPage {

    private DiscoveryPage() {
    }

    public static Parent create(ReadOnlyObjectProperty<LoadedConfig> config, DiscoveryViewModel model) {
        StackPane page = new StackPane();
        Parent empty = EmptyStatePage.create(TabEmptyStates.DISCOVERY, config);
        Parent[] runView = new Parent[1];
        Runnable show = () -> {
            if (hasSources(config.get())) {
                if (runView[0] == null) {
                    runView[0] = FxmlViews.load("discovery/DiscoveryView.fxml", new DiscoveryController(model));
                } else {
                    model.load();
                }
                page.getChildren().setAll(runView[0]);
            } else {
                page.getChildren().setAll(empty);
            }
        };
        config.addListener((obs, old, now) -> show.run());
        show.run();
        return page;
    }

    private static boolean hasSources(LoadedConfig loaded) {
        return loaded != null && loaded.config().map(AppConfig::sources)
                .map(s -> !s.routeros().isEmpty() || !s.proxmox().isEmpty() || !s.kea().isEmpty()
                        || !s.dnsmasq().isEmpty()).orElse(false);
    }
}
