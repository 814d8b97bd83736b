package org.netboxauto.discovery.routeros;

import java.util.Locale;

/** Advice when the router says the user may not read a table. */
final class PermissionHint {

    private PermissionHint() {
    }

    static String of(String message, RouterOsTarget target) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("permission") || lower.contains("not allowed") || lower.contains("policy")) {
            return " — give user " + target.username() + " a group with the read and api (or rest-api) policies";
        }
        return "";
    }
}
