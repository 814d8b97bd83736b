package org.netboxauto.config;

/** The whole validated configuration, loaded once and passed down. */
public record AppConfig(StoreConfig store) {
}
