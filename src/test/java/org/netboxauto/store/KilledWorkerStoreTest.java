package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.Secret;
import org.netboxauto.config.StoreConfig;
import org.netboxauto.service.StoreSettings;
import org.netboxauto.testsupport.PostgresServer;

/**
 * SIGKILL at random points of discover, review and push, on H2 and on a real PostgreSQL: after every
 * kill the store opens at once, nothing committed is lost and no run stays "running".
 * The suite runs a short campaign; {@code -Dnetboxauto.kills=N} runs a longer one (figures in ADR 0017).
 * {@code -Dnetboxauto.h2Settings=;RETENTION_TIME=0} lets H2 reuse a dead chunk's space at once, as it may
 * between runs hours apart, so that the killed runs' rewrites of sparse chunks (ADR 0042) meet reused space.
 */
class KilledWorkerStoreTest {

    private static final int KILLS = StoreKillCampaign.configuredKills().orElse(9);
    private static final String H2_SETTINGS = System.getProperty("netboxauto.h2Settings", "");

    @TempDir
    Path temp;

    @Test
    void h2StoreSurvivesKillsAtRandomPointsOfDiscoverAndPush() throws Exception {
        StoreSettings settings = new StoreSettings(StoreConfig.defaultH2Url(temp.resolve("data")) + H2_SETTINGS,
                Optional.empty(), Optional.empty());
        assertNothingLost("H2", new StoreKillCampaign(settings, temp).run(KILLS));
    }

    @Test
    void postgresStoreSurvivesKillsAtRandomPointsOfDiscoverAndPush() throws Exception {
        PostgresServer server = PostgresServer.shared();
        StoreSettings settings = new StoreSettings(server.jdbcUrl(server.createDatabase()), Optional.of(server.user()),
                Optional.of(new Secret(server.password())));
        assertNothingLost("PostgreSQL", new StoreKillCampaign(settings, temp).run(KILLS));
    }

    private static void assertNothingLost(String engine, StoreKillCampaign.Figures figures) {
        System.err.println(engine + " kill campaign: " + figures);
        assertThat(figures.hangs()).as("hangs").isZero();
        assertThat(figures.runsLost()).as("runs lost").isZero();
        assertThat(figures.runsLeftRunning()).as("runs left running").isZero();
        assertThat(figures.decisionsLost()).as("decisions lost").isZero();
        assertThat(figures.pushActionsLost()).as("push actions lost").isZero();
        assertThat(figures.killedInDiscover()).as("kills that hit discover").isPositive();
        assertThat(figures.killedInPush()).as("kills that hit review or push").isPositive();
    }
}
