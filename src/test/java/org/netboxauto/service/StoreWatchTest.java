package org.netboxauto.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Review;
import org.netboxauto.core.ReviewState;
import org.netboxauto.store.MyBatisStagingStoreOpener;
import org.netboxauto.testsupport.StoreFixtures;

/** The watch sees another writer's decision and run, and reading it leaves the H2 file as it was. */
class StoreWatchTest {

    @TempDir
    Path dir;

    @Test
    void aDecisionOrARunChangesTheStampAndWatchingWritesNothing() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        StoreConfig config = new StoreConfig(Optional.of(url), Optional.empty(), Optional.empty());
        StoreAccess stores = new StoreAccess(new MyBatisStagingStoreOpener(), dir);
        try (var store = new MyBatisStagingStoreOpener().open(stores.settings(config))) {
            StoreFixtures.writeCompleteRun(store, "routeros:core", 1);
        }
        StoreWatch watch = new StoreWatch(stores);
        String first = watch.stamp(config);
        Thread.sleep(1000); // past the lease's linger: the file is closed again
        Path file = StoreWatch.h2File(url).orElseThrow();
        FileTime before = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        for (int i = 0; i < 3; i++) {
            assertThat(watch.stamp(config)).isEqualTo(first);
        }
        Thread.sleep(1000);
        assertThat(Files.getLastModifiedTime(file)).as("watching wrote nothing").isEqualTo(before);
        assertThat(Files.size(file)).isEqualTo(size);

        MacAddress mac = MacAddress.of(StoreFixtures.mac(1));
        try (StagingStore other = stores.open(config)) {
            other.saveReviews(List.of(new Review(mac, ReviewState.APPROVED, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Instant.now())));
        }
        Thread.sleep(1000);
        String decided = watch.stamp(config);
        assertThat(decided).isNotEqualTo(first);

        try (var store = new MyBatisStagingStoreOpener().open(stores.settings(config))) {
            StoreFixtures.writeCompleteRun(store, "routeros:core", 2);
        }
        Thread.sleep(1000);
        assertThat(watch.stamp(config)).isNotEqualTo(decided);
    }

    @Test
    void theH2FileIsFoundInTheUrl() {
        assertThat(StoreWatch.h2File("jdbc:h2:file:/var/lib/x/store;FILE_LOCK=FS"))
                .contains(Path.of("/var/lib/x/store.mv.db"));
        assertThat(StoreWatch.h2File("jdbc:postgresql://db/netbox_auto")).isEmpty();
    }
}
