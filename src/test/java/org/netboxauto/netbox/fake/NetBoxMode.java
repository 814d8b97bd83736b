package org.netboxauto.netbox.fake;

/** Which NetBox release the fake behaves as, where MAC handling and tokens differ. */
public enum NetBoxMode {
    /** MAC on the interface itself, writable; v1 tokens only. */
    V4_1("4.1.11-Docker-3.0.2", null),
    /** MAC objects; interface {@code mac_address} read-only and silently dropped on write. */
    V4_6("4.6.0", "4.6.0-Docker-5.0.1"),
    /** Interface {@code mac_address} writable again as a shortcut; MACs carry {@code is_primary}. */
    V4_7("4.7.0", "4.7.0-beta1");

    final String version;
    final String fullVersion;

    NetBoxMode(String version, String fullVersion) {
        this.version = version;
        this.fullVersion = fullVersion;
    }

    boolean macObjects() {
        return this != V4_1;
    }

    boolean v2Tokens() {
        return this != V4_1;
    }

    /** 4.7 names refused bulk items by index (create) or id (update, delete) and refuses unknown ids. */
    boolean indexedBulkErrors() {
        return this == V4_7;
    }

    String apiVersion() {
        return version.substring(0, 3);
    }
}
