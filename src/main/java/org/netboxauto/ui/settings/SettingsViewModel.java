package org.netboxauto.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.config.SettingRow;

/** The loaded config keys and values, secrets masked as the loader gave them. */
public final class SettingsViewModel {

    private final ObservableList<SettingRow> rows;
    private final String source;

    public SettingsViewModel(Optional<LoadedConfig> config) {
        this.rows = FXCollections.observableArrayList(config.map(LoadedConfig::settings).orElse(List.of()));
        this.source = config.flatMap(LoadedConfig::file)
                .map(Path::toString)
                .orElse(config.isPresent() ? "No config file was found" : "The configuration is still loading");
    }

    public ObservableList<SettingRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** Where the settings come from, shown under the title. */
    public String source() {
        return source;
    }

    public String emptyMessage() {
        return "No settings loaded. Write a starter config from the banner in the main window.";
    }
}
