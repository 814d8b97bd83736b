package org.netboxauto.config;

import java.nio.file.Path;
import java.util.Optional;

/** The staging store: an H2 file in the data folder unless {@code url} names another database. */
public record StoreConfig(Optional<String> url, Optional<String> username, Optional<Secret> password) {

    public static final StoreConfig DEFAULT = new StoreConfig(Optional.empty(), Optional.empty(), Optional.empty());

    /** The JDBC URL to open: the configured one, else the embedded H2 file in {@code dataDir}. */
    public String jdbcUrl(Path dataDir) {
        return url.orElseGet(() -> defaultH2Url(dataDir));
    }

    public static String defaultH2Url(Path dataDir) {
        // AUTO_SERVER lets a second process (cron discover while the GUI is open) share the file.
        return "jdbc:h2:file:" + dataDir.resolve("store").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }
}
