package org.netboxauto.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Review;
import org.netboxauto.core.ReviewState;
import org.netboxauto.store.MyBatisStagingStore;
import org.netboxauto.store.MyBatisStagingStoreOpener;
import org.netboxauto.testsupport.StoreFixtures;

/** A second process that writes the store once: {@code URL approve SEED} or {@code URL run SEED}. */
public final class StoreWriterProcess {

    private StoreWriterProcess() {
    }

    public static void main(String[] args) {
        StoreConfig config = new StoreConfig(Optional.of(args[0]), Optional.empty(), Optional.empty());
        StoreAccess stores = new StoreAccess(new MyBatisStagingStoreOpener(), Path.of(args[0]).getParent());
        int seed = Integer.parseInt(args[2]);
        try (MyBatisStagingStore store = (MyBatisStagingStore) stores.open(config)) {
            if (args[1].equals("approve")) {
                store.saveReviews(List.of(new Review(MacAddress.of(StoreFixtures.mac(seed)), ReviewState.APPROVED,
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Instant.now())));
            } else {
                StoreFixtures.writeCompleteRun(store, "routeros:core", seed);
            }
        }
        System.exit(0);
    }
}
