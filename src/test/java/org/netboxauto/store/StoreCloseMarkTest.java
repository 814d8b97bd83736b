package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.testsupport.StoreFixtures;

/** Another process's close is seen by its mark, though the file's time and size are as this process left them. */
class StoreCloseMarkTest {

    @TempDir
    Path temp;

    @Test
    void aCloseByAnotherProcessIsSeenWhenTheFileLooksUntouched() throws Exception {
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(temp.resolve("data")), Optional.empty(),
                Optional.empty());
        MyBatisStagingStoreOpener opener = new MyBatisStagingStoreOpener();
        try (MyBatisStagingStore store = opener.open(settings)) {
            StoreFixtures.writeCompleteRun(store, "routeros:core", 1);
        }
        Path database = StoreLocation.parse(settings.jdbcUrl()).h2File().orElseThrow();
        awaitClosed(opener, settings);
        assertThat(opener.untouchedSinceOwnClose(settings)).as("as this process's close left it").isTrue();

        FileTime time = Files.getLastModifiedTime(database);
        // what another process does just before it closes the file, on a file system whose clock did not tick
        StoreCloseMark.write(new StoreFiles(database).closeMark());
        Files.setLastModifiedTime(database, time);

        assertThat(opener.untouchedSinceOwnClose(settings)).as("another process closed the file since").isFalse();
    }

    private static void awaitClosed(MyBatisStagingStoreOpener opener, StoreSettings settings) throws Exception {
        for (int i = 0; i < 50 && !opener.untouchedSinceOwnClose(settings); i++) {
            Thread.sleep(100); // the lease lingers a moment after the last use
        }
    }
}
