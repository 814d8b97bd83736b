package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

    @Test
    void theVersionReadOnOpenIsTheNewestMigrationShipped() throws Exception {
        String newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V[0-9.]+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .max(SchemaMigrator::compare).orElseThrow();
        }
        for (var java : SchemaMigrator.JAVA_MIGRATIONS) {
            String version = java.getVersion().getVersion();
            newest = SchemaMigrator.compare(version, newest) > 0 ? version : newest;
        }
        assertThat(SchemaMigrator.CURRENT).as("SchemaMigrator.CURRENT after adding a migration").isEqualTo(newest);
    }

    @Test
    void versionsCompareAsNumbers() {
        assertThat(SchemaMigrator.compare("10", "9")).isPositive();
        assertThat(SchemaMigrator.compare("6", "6.0")).isZero();
        assertThat(SchemaMigrator.compare("5.1", "6")).isNegative();
    }
}
