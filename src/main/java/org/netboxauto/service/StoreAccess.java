package org.netboxauto.service;

import java.nio.file.Path;
import org.netboxauto.config.StoreConfig;

/** Opens the store a config names, the embedded default resolved against the data folder. */
public final class StoreAccess {

    private final StagingStoreOpener opener;
    private final Path dataDir;

    public StoreAccess(StagingStoreOpener opener, Path dataDir) {
        this.opener = opener;
        this.dataDir = dataDir;
    }

    /** The resolved settings of the store a config names, without opening it. */
    public StoreSettings settings(StoreConfig config) {
        return StoreSettingsFactory.from(config, dataDir);
    }

    /** No other process has written the H2 store since this one last closed it (see {@link StagingStoreOpener}). */
    public boolean untouchedSinceOwnClose(StoreConfig config) {
        return opener.untouchedSinceOwnClose(settings(config));
    }

    /** @throws StoreUnavailableException with a message that names the store and what to do */
    public StagingStore open(StoreConfig config) {
        return opener.open(StoreSettingsFactory.from(config, dataDir));
    }
}
