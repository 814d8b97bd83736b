package org.netboxauto.config;

/** One setting and its value as shown to the user, secrets already masked, and where it came from. */
public record SettingRow(String key, String value, Origin origin) {

    /** Whether the config file sets the key or the built-in default applies. */
    public enum Origin { FILE, DEFAULT }

    public SettingRow(String key, String value) {
        this(key, value, Origin.FILE);
    }
}
