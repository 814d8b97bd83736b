package org.netboxauto.service;

import java.time.Duration;
import org.netboxauto.config.StoreConfig;

/**
 * Tells whether another process changed the store, cheaply enough to ask every second: an H2 file is
 * opened only when it is not as this process's own last close left it (so the watch does not take turns
 * on the file for nothing), PostgreSQL answers one small query.
 */
public final class StoreWatch {

    /** Even an unchanged H2 file is asked now and then, in case a change slipped in right at a close. */
    private static final Duration ASK_ANYWAY = Duration.ofSeconds(10);

    private final StoreAccess stores;
    private String url;
    private String stamp;
    private long askedAt;

    public StoreWatch(StoreAccess stores) {
        this.stores = stores;
    }

    /** The store's change stamp; equal stamps mean nothing was written in between. */
    public synchronized String stamp(StoreConfig config) {
        StoreSettings settings = stores.settings(config);
        if (!settings.jdbcUrl().equals(url)) {
            url = settings.jdbcUrl();
            stamp = null;
        }
        long now = System.nanoTime();
        if (stamp != null && now - askedAt < ASK_ANYWAY.toNanos() && stores.untouchedSinceOwnClose(config)) {
            return stamp;
        }
        try (StagingStore store = stores.open(config)) {
            stamp = store.changeStamp();
        }
        askedAt = now;
        return stamp;
    }
}
