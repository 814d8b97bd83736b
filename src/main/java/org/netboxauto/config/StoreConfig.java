package org.netboxauto.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The staging store: an H2 file in the data folder unless {@code url} names another database.
 *
 * @param retention observations older than this are compacted after each run, each host's history of changes kept
 */
public record StoreConfig(Optional<String> url, Optional<String> username, Optional<Secret> password,
                          Duration retention) {

    public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);
    public static final StoreConfig DEFAULT = new StoreConfig(Optional.empty(), Optional.empty(), Optional.empty());

    public StoreConfig(Optional<String> url, Optional<String> username, Optional<Secret> password) {
        this(url, username, password, DEFAULT_RETENTION);
    }

    /** The JDBC URL to open: the configured one, else the embedded H2 file in {@code dataDir}. */
    public String jdbcUrl(Path dataDir) {
        return url.orElseGet(() -> defaultH2Url(dataDir));
    }

    static StoreConfig read(ConfigSection s) {
        Optional<String> url = s.string("url").filter(u -> {
            if (u.startsWith("jdbc:postgresql://") || u.startsWith("jdbc:h2:")) {
                return true;
            }
            s.errorAt("url", "\"" + MaskedSettings.withoutCredentials(u) + "\" is not a supported store; expected jdbc:postgresql://HOST:PORT/DATABASE"
                    + " or jdbc:h2:file:PATH, or leave it unset for the embedded store");
            return false;
        });
        Optional<String> username = s.string("username");
        Optional<Secret> password = SecretReader.read(s, "password");
        Duration retention = s.duration("retention", DEFAULT_RETENTION);
        if (retention.compareTo(Duration.ofDays(1)) < 0) {
            s.errorAt("retention", "must be at least 1d: observations younger than a day are what the next runs"
                    + " compare with");
        }
        s.reportUnknownKeys();
        return new StoreConfig(url, username, password, retention);
    }

    public static String defaultH2Url(Path dataDir) {
        // The store adapter adds how processes share the file (ADR 0016).
        return "jdbc:h2:file:" + dataDir.resolve("store").toAbsolutePath();
    }
}
