package org.netboxauto.service;

import java.nio.file.Path;
import org.netboxauto.config.StoreConfig;

/** Resolves the configured store (or the embedded default in the data folder) to open settings. */
public final class StoreSettingsFactory {

    private StoreSettingsFactory() {
    }

    public static StoreSettings from(StoreConfig config, Path dataDir) {
        return new StoreSettings(config.jdbcUrl(dataDir), config.username(), config.password());
    }
}
