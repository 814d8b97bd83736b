package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.service.StoreSettings;

class H2StagingStoreTest extends StagingStoreContract {

    @TempDir
    Path temp;
    private int stores;

    @Override
    StoreSettings newStore() {
        Path dataDir = temp.resolve("data-" + ++stores).resolve("nested");
        return new StoreSettings(StoreConfig.defaultH2Url(dataDir), Optional.empty(), Optional.empty());
    }

    @Test
    void firstOpenCreatesFolderAndFileAndShowsThePath() {
        Path dataDir = temp.resolve("fresh").resolve("netbox-auto");
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(dataDir), Optional.empty(),
                Optional.empty());

        long start = System.nanoTime();
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.err.println("fresh H2 store open+migrate: " + millis + " ms");
            Path file = dataDir.resolve("store.mv.db");
            assertThat(store.location()).isEqualTo(file.toString());
            assertThat(file).isRegularFile();
            assertThat(store.schemaVersion()).isEqualTo("5");
        }
    }

    @Test
    void autoServerListensOnLoopbackOnly() throws Exception {
        Path dataDir = temp.resolve("shared");
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(dataDir), Optional.empty(),
                Optional.empty());
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            Properties lock = new Properties();
            try (Reader reader = Files.newBufferedReader(dataDir.resolve("store.lock.db"))) {
                lock.load(reader);
            }
            String server = lock.getProperty("server");
            assertThat(server).as("address H2 advertises to other processes").isNotNull();
            String host = server.substring(0, server.lastIndexOf(':'));
            assertThat(host).isIn("localhost", "127.0.0.1");
            assertThat(System.getProperty("h2.bindAddress")).isEqualTo("127.0.0.1");
        }
    }
}
