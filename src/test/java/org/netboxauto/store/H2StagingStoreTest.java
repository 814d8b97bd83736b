package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.netboxauto.testsupport.StoreFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrator.CURRENT);
        }
    }

    @Test
    void storeIsPrivateWithItsOwnPasswordAndNoServer() throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("shared"));
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(dataDir), Optional.empty(),
                Optional.empty());
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            StoreFixtures.writeCompleteRun(store, "routeros:private", 1);
            assertThat(Files.getPosixFilePermissions(dataDir)).as("folder forced private")
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.getPosixFilePermissions(dataDir.resolve("store.password")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(H2Direct.password(dataDir.resolve("store.mv.db"))).hasSizeGreaterThanOrEqualTo(32);
            assertThat(dataDir.resolve("store.lock.db")).as("no lock file advertising a server key").doesNotExist();
        }
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("store.mv.db")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("store"), "sa", ""))
                .as("the empty default password is refused").isInstanceOf(SQLException.class)
                .hasMessageContaining("Wrong user name or password");
        try (Connection c = H2Direct.connect(settings.jdbcUrl())) {
            assertThat(c.isValid(1)).isTrue();
        }
    }

    @Test
    void aStoreWithTheOldEmptyPasswordGetsItsOwnAndKeepsEveryRowAndDecision() throws Exception {
        Path dataDir = temp.resolve("legacy");
        String oldUrl = "jdbc:h2:file:" + dataDir.resolve("store") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(dataDir), Optional.empty(),
                Optional.empty());
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            StoreFixtures.writeCompleteRun(store, "routeros:before", 1);
            store.saveReviews(java.util.List.of(new org.netboxauto.core.Review(
                    org.netboxauto.core.MacAddress.of(StoreFixtures.mac(1)), org.netboxauto.core.ReviewState.APPROVED,
                    Optional.of("server"), java.time.Instant.parse("2026-01-02T03:04:05Z"))));
        }
        // as the store was before it had a password: user sa with an empty one, and no password file
        try (Connection c = H2Direct.connect(settings.jdbcUrl()); var st = c.createStatement()) {
            st.execute("ALTER USER SA SET PASSWORD ''");
        }
        Files.delete(dataDir.resolve("store.password"));
        try (Connection c = DriverManager.getConnection(oldUrl, "sa", "")) {
            assertThat(c.isValid(1)).isTrue();
        }

        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            assertThat(StoreChecks.assertOnlyCompleteRuns(store)).isEqualTo(1);
            assertThat(store.reviews()).hasSize(1);
            assertThat(store.reviews().values().iterator().next().state())
                    .isEqualTo(org.netboxauto.core.ReviewState.APPROVED);
        }
        assertThat(dataDir.resolve("store.password")).exists();
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("store"), "sa", ""))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void anEmptyStoreFileThatAnotherProcessIsCreatingIsWaitedForAndOpened() throws Exception {
        Path seed = Files.createDirectories(temp.resolve("seed"));
        StoreSettings seedSettings = new StoreSettings(StoreConfig.defaultH2Url(seed), Optional.empty(),
                Optional.empty());
        MyBatisStagingStoreOpener seedOpener = new MyBatisStagingStoreOpener();
        try (MyBatisStagingStore store = seedOpener.open(seedSettings)) {
            StoreFixtures.writeCompleteRun(store, "routeros:core", 1);
        }
        Thread.sleep(1000); // past the linger: the seed file is closed and whole
        Path shared = Files.createDirectories(temp.resolve("shared"));
        Files.copy(seed.resolve("store.password"), shared.resolve("store.password"));
        java.nio.file.Files.setPosixFilePermissions(shared.resolve("store.password"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        java.nio.file.Files.setPosixFilePermissions(shared,
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        long holdMs = 6000;
        Process creator = org.netboxauto.testsupport.ChildJvm.start(CreatingStoreProcess.class,
                temp.resolve("creator.log"), shared.resolve("store.mv.db").toString(),
                seed.resolve("store.mv.db").toString(), Long.toString(holdMs));
        assertThat(new java.io.BufferedReader(new java.io.InputStreamReader(creator.getInputStream())).readLine())
                .isEqualTo("locked");
        long started = System.nanoTime();
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(new StoreSettings(
                StoreConfig.defaultH2Url(shared), Optional.empty(), Optional.empty()))) {
            assertThat(StoreChecks.assertOnlyCompleteRuns(store)).as("the created store's run").isEqualTo(1);
        }
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).as("waited for the creator")
                .isGreaterThan(java.time.Duration.ofMillis(holdMs / 2));
        assertThat(creator.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anEmptyStoreFileIsRefusedAndLeftAsItIs() throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("cut"));
        Path file = Files.createFile(dataDir.resolve("store.mv.db"));
        // cut a while ago: one written moments ago is another process creating the store, and is waited for
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofMinutes(1))));
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(dataDir), Optional.empty(),
                Optional.empty());

        assertThatThrownBy(() -> new MyBatisStagingStoreOpener().open(settings))
                .isInstanceOf(org.netboxauto.service.StoreUnavailableException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("empty (0 bytes)")
                .hasMessageContaining("Restore it from your backup");
        assertThat(Files.size(file)).isZero();

        Path fresh = Files.createDirectories(temp.resolve("fresh"));
        Path justCreated = Files.createFile(fresh.resolve("store.mv.db"));
        long started = System.nanoTime();
        assertThatThrownBy(() -> new MyBatisStagingStoreOpener().open(new StoreSettings(
                StoreConfig.defaultH2Url(fresh), Optional.empty(), Optional.empty())))
                .hasMessageContaining("empty (0 bytes)");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
                .as("an empty file no process has locked is refused at once").isLessThan(
                        java.time.Duration.ofSeconds(3));
        assertThat(Files.size(justCreated)).isZero();
    }

    @Test
    void anUnreadableStoreIsCopiedAsideAndTheMessageSaysHowToRestore() throws Exception {
        Path dataDir = temp.resolve("broken");
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(dataDir), Optional.empty(),
                Optional.empty());
        try (MyBatisStagingStore store = new MyBatisStagingStoreOpener().open(settings)) {
            StoreFixtures.writeCompleteRun(store, "routeros:before", 1);
        }
        Path file = dataDir.resolve("store.mv.db");
        byte[] garbage = new byte[(int) Files.size(file)];
        java.util.Arrays.fill(garbage, (byte) 'x');
        Files.write(file, garbage);

        assertThatThrownBy(() -> new MyBatisStagingStoreOpener().open(settings))
                .isInstanceOf(org.netboxauto.service.StoreUnavailableException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("cannot be read")
                .hasMessageContaining("A copy of the file as it was is kept at")
                .hasMessageContaining("To restore");
        try (var copies = Files.list(dataDir)) {
            assertThat(copies.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("store.unreadable-") && n.endsWith(".mv.db"));
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }
}
