package org.netboxauto.ui.diff;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.ui.common.EmptyStatePage;
import org.netboxauto.ui.common.TabEmptyStates;

/** The NetBox diff tab: its set-up page until NetBox's address and token are configured, then the comparison. */
public final class DiffPage {

    private DiffPage() {
    }

    public static Parent create(ReadOnlyObjectProperty<LoadedConfig> config, DiffViewModel model) {
        StackPane page = new StackPane();
        Parent empty = EmptyStatePage.create(TabEmptyStates.NETBOX_DIFF, config);
        Parent[] view = new Parent[1];
        Runnable show = () -> {
            if (configured(config.get())) {
                if (view[0] == null) {
                    // reading NetBox can take a while and is the user's call: no refresh on first show
                    view[0] = DiffView.create(model);
                }
                page.getChildren().setAll(view[0]);
            } else {
                page.getChildren().setAll(empty);
            }
        };
        config.addListener((obs, old, now) -> show.run());
        show.run();
        return page;
    }

    private static boolean configured(LoadedConfig loaded) {
        return loaded != null && loaded.config().map(c -> c.netbox().url().isPresent()
                && c.netbox().token().isPresent()).orElse(false);
    }
}
