package org.netboxauto.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.netboxauto.service.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a store's schema up to date with Flyway, refusing stores written by a newer app. */
final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    static final String LOCATION = "classpath:db/migration";
    /** The newest migration this build ships; SchemaMigratorTest keeps it equal to the files and Java migrations. */
    static final String CURRENT = "17";
    /** Migrations that move data SQL cannot: Flyway runs them in version order with the SQL ones. */
    static final java.util.List<org.flywaydb.core.api.migration.JavaMigration> JAVA_MIGRATIONS = java.util.List.of(
            new ObservationsIntoParts());
    private static final String VERSION_ROW = "SELECT \"version\" FROM \"flyway_schema_history\""
            + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC";

    private SchemaMigrator() {
    }

    /**
     * Returns the store's schema version, reading one row when it is current and migrating with
     * Flyway (which validates the history) only when it is not.
     */
    static String ensureCurrent(DataSource dataSource, String location) {
        Optional<String> version = installedVersion(dataSource);
        if (version.isPresent() && compare(version.get(), CURRENT) == 0) {
            return version.get();
        }
        if (version.isPresent() && compare(version.get(), CURRENT) > 0) {
            throw new StoreUnavailableException("The staging store at " + location
                    + " was written by a newer netbox-auto (schema version " + version.get()
                    + "; this version knows up to " + CURRENT + "). Update netbox-auto, or point store.url"
                    + " at another store. The store was left unchanged.");
        }
        return migrate(dataSource, location);
    }

    private static Optional<String> installedVersion(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             Statement st = c.createStatement()) {
            st.setMaxRows(1);
            try (ResultSet rows = st.executeQuery(VERSION_ROW)) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            // no history table yet: a new store
            return Optional.empty();
        }
    }

    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    /** Migrates and returns the schema version now in the store. */
    static String migrate(DataSource dataSource, String location) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .javaMigrations(JAVA_MIGRATIONS.toArray(org.flywaydb.core.api.migration.JavaMigration[]::new))
                .cleanDisabled(true)
                // Flyway ignores unknown newer migrations by default; a newer store must be refused.
                .ignoreMigrationPatterns(new String[0])
                .load();
        refuseNewerSchema(flyway, location);
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Migrated staging store {} from schema {} to {}", location,
                    result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion,
                    result.targetSchemaVersion);
        }
        MigrationInfo current = flyway.info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    private static void refuseNewerSchema(Flyway flyway, String location) {
        MigrationInfo[] all = flyway.info().all();
        Optional<MigrationInfo> newest = Arrays.stream(all)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED)
                .max(Comparator.comparing(MigrationInfo::getVersion));
        if (newest.isPresent()) {
            String known = Arrays.stream(all)
                    .filter(m -> m.getState().isResolved() && m.getVersion() != null)
                    .map(MigrationInfo::getVersion)
                    .max(Comparator.naturalOrder())
                    .map(MigrationVersion::getVersion)
                    .orElse("none");
            throw new StoreUnavailableException("The staging store at " + location
                    + " was written by a newer netbox-auto (schema version " + newest.get().getVersion()
                    + "; this version knows up to " + known + "). Update netbox-auto, or point store.url"
                    + " at another store. The store was left unchanged.");
        }
    }
}
