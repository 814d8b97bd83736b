package org.netboxauto.service;

import org.netboxauto.config.AppConfig;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.config.StoreConfig;

/** Where things live and what the store holds. */
public final class StatusService {

    private final StoreAccess stores;

    public StatusService(StoreAccess stores) {
        this.stores = stores;
    }

    /**
     * Opens the configured store, or the embedded default when there is no config file yet.
     *
     * @throws StoreUnavailableException when the store cannot be opened, or the config file has
     *     errors (its store settings cannot be trusted then)
     */
    public StatusReport status(LoadedConfig loaded) {
        try (StagingStore store = stores.open(storeConfig(loaded))) {
            StoreSummary summary = store.summary();
            java.util.Optional<PushSummary> lastPush = store.lastPush();
            return new StatusReport(store.location(), loaded.file(), summary.runs(), summary.hosts(), summary.lastRun(),
                    store.lastRun(), lastPush, lastPush.map(p -> PushPart.of(store.pushActions(p.id())))
                    .orElse(java.util.List.of()), store.lastReadPerSource(), store.alertsWaiting());
        }
    }

    private static StoreConfig storeConfig(LoadedConfig loaded) {
        if (loaded.file().isEmpty()) {
            return StoreConfig.DEFAULT;
        }
        return loaded.config().map(AppConfig::store).orElseThrow(() -> new StoreUnavailableException(
                "store not opened: the configuration has errors; fix them and run netbox-auto config check"));
    }
}
