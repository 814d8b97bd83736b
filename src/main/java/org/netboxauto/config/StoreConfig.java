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
        s.reportUnknownKeys();
        return new StoreConfig(url, username, password);
    }

    public static String defaultH2Url(Path dataDir) {
        // The store adapter adds how processes share the file (ADR 0016).
        return "jdbc:h2:file:" + dataDir.resolve("store").toAbsolutePath();
    }
}
