package org.netboxauto.ui.common;

/** A config key a tab needs, with what it is for in the user's words. */
public record SetupKey(String key, String purpose) {

    /** {@code sources.routeros[]} matches loaded keys such as {@code sources.routeros.0.host}. */
    public boolean matches(String loadedKey) {
        String prefix = key.endsWith("[]") ? key.substring(0, key.length() - 2) : key;
        if (!loadedKey.startsWith(prefix)) {
            return false;
        }
        String rest = loadedKey.substring(prefix.length());
        return rest.isEmpty() || rest.startsWith(".") || rest.startsWith("[");
    }
}
