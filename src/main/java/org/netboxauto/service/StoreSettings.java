package org.netboxauto.service;

import java.util.Objects;
import java.util.Optional;
import org.netboxauto.config.Secret;

/** What it takes to open a store: the resolved JDBC URL and optional credentials. */
public record StoreSettings(String jdbcUrl, Optional<String> username, Optional<Secret> password) {

    public StoreSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    @Override
    public String toString() {
        return "StoreSettings[" + jdbcUrl + "]";
    }
}
