package org.netboxauto.store;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.service.StoreSettings;

class H2StoreRetentionTest extends StoreRetentionContract {

    @TempDir
    Path temp;
    private int stores;

    @Override
    StoreSettings newStore() {
        return new StoreSettings(StoreConfig.defaultH2Url(temp.resolve("data-" + ++stores)), Optional.empty(),
                Optional.empty());
    }
}
