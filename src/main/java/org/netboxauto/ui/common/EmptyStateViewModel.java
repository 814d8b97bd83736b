package org.netboxauto.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netboxauto.config.LoadedConfig;

/** An empty state whose setup list follows the loaded config, so each key shows whether it is set. */
public final class EmptyStateViewModel {

    private final EmptyState content;
    private final ObservableList<SetupItem> setup = FXCollections.observableArrayList();

    public EmptyStateViewModel(EmptyState content, ReadOnlyObjectProperty<LoadedConfig> config) {
        this.content = content;
        refresh(config.get());
        config.addListener((obs, old, loaded) -> refresh(loaded));
    }

    private void refresh(LoadedConfig loaded) {
        setup.setAll(content.setup().stream()
                .map(key -> new SetupItem(key, loaded != null && isSet(key, loaded)))
                .toList());
    }

    private static boolean isSet(SetupKey key, LoadedConfig loaded) {
        return loaded.config().map(config -> key.configured().test(config)).orElse(false);
    }

    public EmptyState content() {
        return content;
    }

    public ObservableList<SetupItem> setup() {
        return setup;
    }
}
