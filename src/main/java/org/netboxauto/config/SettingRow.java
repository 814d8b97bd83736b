package org.netboxauto.config;

/** One loaded key and its value as shown to the user, secrets already masked. */
public record SettingRow(String key, String value) {
}
