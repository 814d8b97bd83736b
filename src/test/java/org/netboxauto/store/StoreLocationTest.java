package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.netboxauto.service.StoreUnavailableException;

class StoreLocationTest {

    @Test
    void h2FileUrlShowsTheFileItWrites() {
        StoreLocation location = StoreLocation.parse("jdbc:h2:file:/var/lib/nba/store;AUTO_SERVER=TRUE");

        assertThat(location.display()).isEqualTo("/var/lib/nba/store.mv.db");
        assertThat(location.h2File()).contains(Path.of("/var/lib/nba/store.mv.db"));
        assertThat(location.connectUrl()).as("no TCP server, an OS file lock, no trace file")
                .isEqualTo("jdbc:h2:file:/var/lib/nba/store" + StoreLocation.H2_FILE_SETTINGS);
    }

    @Test
    void h2HomeFolderIsExpanded() {
        StoreLocation location = StoreLocation.parse("jdbc:h2:~/nba/store");

        assertThat(location.display()).isEqualTo(Path.of(System.getProperty("user.home"), "nba", "store.mv.db")
                .toString());
    }

    @Test
    void h2PasswordInUrlIsTakenOutOfTheConnectUrl() {
        StoreLocation location = StoreLocation.parse("jdbc:h2:file:/x/store;PASSWORD=hunter2;AUTO_SERVER=TRUE");

        assertThat(location.connectUrl()).isEqualTo("jdbc:h2:file:/x/store" + StoreLocation.H2_FILE_SETTINGS);
        assertThat(location.passwordFromUrl()).contains("hunter2");
    }

    @Test
    void postgresUrlLosesItsPasswordButKeepsOtherParameters() {
        StoreLocation location = StoreLocation.parse(
                "jdbc:postgresql://db.example:5432/nba?user=nba&password=hunter2&sslmode=require");

        assertThat(location.display()).isEqualTo("jdbc:postgresql://db.example:5432/nba?user=nba&sslmode=require");
        assertThat(location.connectUrl()).doesNotContain("hunter2");
        assertThat(location.passwordFromUrl()).contains("hunter2");
    }

    @Test
    void postgresPasswordAsLastOrOnlyParameterAndUserInfoAreRemoved() {
        assertThat(StoreLocation.parse("jdbc:postgresql://db/nba?password=hunter2").display())
                .isEqualTo("jdbc:postgresql://db/nba");
        assertThat(StoreLocation.parse("jdbc:postgresql://db/nba?ssl=true&PASSWORD=hunter2").display())
                .isEqualTo("jdbc:postgresql://db/nba?ssl=true");
        assertThat(StoreLocation.parse("jdbc:postgresql://nba:hunter2@db/nba").display())
                .isEqualTo("jdbc:postgresql://db/nba");
    }

    @Test
    void otherDatabasesAreRefusedWithoutEchoingAPassword() {
        assertThatThrownBy(() -> StoreLocation.parse("jdbc:mysql://db/nba?password=hunter2"))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("jdbc:mysql://db/nba")
                .hasMessageContaining("store.url")
                .hasMessageNotContaining("hunter2");
    }
}
