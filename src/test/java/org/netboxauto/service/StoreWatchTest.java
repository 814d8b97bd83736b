package org.netboxauto.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.store.MyBatisStagingStoreOpener;
import org.netboxauto.testsupport.ChildJvm;
import org.netboxauto.testsupport.StoreFixtures;

/** The watch sees another process's decision and run, and reading it leaves the H2 file as it was. */
class StoreWatchTest {

    @TempDir
    Path dir;

    @Test
    void anotherProcesssDecisionOrRunIsSeenAtTheNextAskAndWatchingWritesNothing() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        StoreConfig config = new StoreConfig(Optional.of(url), Optional.empty(), Optional.empty());
        StoreAccess stores = new StoreAccess(new MyBatisStagingStoreOpener(), dir);
        try (var store = new MyBatisStagingStoreOpener().open(stores.settings(config))) {
            StoreFixtures.writeCompleteRun(store, "routeros:core", 1);
        }
        StoreWatch watch = new StoreWatch(stores);
        String first = watch.stamp(config);
        Thread.sleep(1000); // past the lease's linger: the file is closed again
        Path file = dir.resolve("store.mv.db");
        FileTime before = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        for (int i = 0; i < 3; i++) {
            assertThat(watch.stamp(config)).isEqualTo(first);
            Thread.sleep(400);
        }
        assertThat(Files.getLastModifiedTime(file)).as("watching wrote nothing").isEqualTo(before);
        assertThat(Files.size(file)).isEqualTo(size);

        writeFromAnotherProcess(url, "approve", 1);
        String decided = watch.stamp(config);
        assertThat(decided).as("the other process's decision, at the first ask after it").isNotEqualTo(first);

        Thread.sleep(500); // the watch's own read has been closed: its close is not taken for a change
        assertThat(watch.stamp(config)).isEqualTo(decided);
        writeFromAnotherProcess(url, "run", 2);
        assertThat(watch.stamp(config)).as("the other process's run").isNotEqualTo(decided);
    }

    @Test
    void anotherProcesssWriteIsSeenWhereTheFileClockTicksOncePerSecond() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        StoreConfig config = new StoreConfig(Optional.of(url), Optional.empty(), Optional.empty());
        StoreAccess stores = new StoreAccess(new MyBatisStagingStoreOpener(), dir);
        try (var store = new MyBatisStagingStoreOpener().open(stores.settings(config))) {
            StoreFixtures.writeCompleteRun(store, "routeros:core", 1);
        }
        writeFromAnotherProcess(url, "approve", 1); // the file now has room for one more decision in place
        StoreWatch watch = new StoreWatch(stores);
        String first = watch.stamp(config);
        Thread.sleep(1000);
        Path file = dir.resolve("store.mv.db");
        FileTime before = Files.getLastModifiedTime(file);
        long size = Files.size(file);

        writeFromAnotherProcess(url, "approve", 2);
        // a file system that keeps whole seconds leaves the file's time as this process's close left it
        System.out.println("store-watch: size " + size + " -> " + Files.size(file));
        Files.setLastModifiedTime(file, before);
        assertThat(watch.stamp(config)).as("the other process's decision, though time and size are unchanged")
                .isNotEqualTo(first);
    }

    private void writeFromAnotherProcess(String url, String what, int seed) throws Exception {
        Path log = dir.resolve("writer.log");
        Process writer = ChildJvm.start(StoreWriterProcess.class, log, url, what, Integer.toString(seed));
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(writer.exitValue()).as(Files.readString(log)).isZero();
    }
}
