package org.netboxauto.ui.push;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.ui.common.EmptyStatePage;
import org.netboxauto.ui.common.TabEmptyStates;

/** The Push tab: its set-up page until NetBox's address and token are configured, then the wizard. */
public final class PushPage {

    private PushPage() {
    }

    public static Parent create(ReadOnlyObjectProperty<LoadedConfig> config, PushViewModel model) {
        StackPane page = new StackPane();
        Parent empty = EmptyStatePage.create(TabEmptyStates.PUSH, config);
        Parent[] wizard = new Parent[1];
        Runnable show = () -> {
            if (configured(config.get())) {
                if (wizard[0] == null) {
                    wizard[0] = PushView.create(model);
                    model.loadScope();
                }
                page.getChildren().setAll(wizard[0]);
            } else {
                page.getChildren().setAll(empty);
            }
        };
        config.addListener((obs, old, now) -> {
            boolean shown = wizard[0] != null;
            show.run();
            if (shown) {
                // another config may mean another store: count its approved hosts
                model.hostsChanged();
            }
        });
        show.run();
        return page;
    }

    private static boolean configured(LoadedConfig loaded) {
        return loaded != null && loaded.config().map(c -> c.netbox().url().isPresent()
                && c.netbox().token().isPresent()).orElse(false);
    }
}
