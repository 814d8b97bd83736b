package org.netboxauto.ui.settings;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One key in the Settings window: what the file says, what was typed, its default and its problem. */
public final class SettingField {

    private final String key;
    private final boolean secret;
    private final String fallback;
    private final SettingsEntry entry;
    private final String entryKey;
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper(this, "origin", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    SettingField(String key, boolean secret, String fallback, SettingsEntry entry, String entryKey) {
        this.key = key;
        this.secret = secret;
        this.fallback = fallback;
        this.entry = entry;
        this.entryKey = entryKey;
    }

    /** The key path as {@code config check} names it: {@code sources.routeros[0].host}. */
    public String key() {
        return key;
    }

    public boolean secret() {
        return secret;
    }

    /** The built-in value in force when the key is not set, or "". */
    public String fallback() {
        return fallback;
    }

    /** The entry of a list the key is in, or null. */
    SettingsEntry entry() {
        return entry;
    }

    /** The key inside its entry ({@code tls.ca-file}), or the whole key outside lists. */
    String entryKey() {
        return entryKey;
    }

    /** The text shown: what is set (a secret masked), or "". */
    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** "file", "default" or "changed". */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** What {@code config check} says of this key at the last save, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void show(String text, String from) {
        value.set(text);
        origin.set(from);
    }

    void problem(String text) {
        problem.set(text);
    }
}
