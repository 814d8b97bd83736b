package org.netboxauto.discovery.routeros;

/** RouterOS value conventions: booleans are {@code true/false}, very old versions say {@code yes/no}. */
final class RouterOsValues {

    private RouterOsValues() {
    }

    static boolean isTrue(String value) {
        return "true".equalsIgnoreCase(value) || "yes".equalsIgnoreCase(value);
    }
}
