package org.netboxauto.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.config.SettingRow;

/** Every setting in force, defaults included, secrets masked as the loader gave them. */
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

    /** "file" for a value the config file sets, "default" for a built-in one. */
    public static String origin(SettingRow row) {
        return row.origin() == SettingRow.Origin.FILE ? "file" : "default";
    }

    public String emptyMessage() {
        return "No settings loaded. Write a starter config from the banner in the main window.";
    }
}
