package org.netboxauto.netbox.fake;

/**
 * Which NetBox release the fake behaves as, where the API differs for a sync client (API-NOTES §7):
 * MAC objects and scoped prefixes and clusters from 4.2, {@code netbox-full-version} from 4.3, the
 * status {@code hostname} from 4.4, v2 tokens from 4.5, the interface {@code mac_address} shortcut and
 * bulk errors by index or id in 4.7.
 */
public enum NetBoxMode {
    V4_0(0, "4.0.11-Docker-2.9.1", null),
    /** MAC on the interface itself, writable; v1 tokens only; prefixes and clusters have a {@code site}. */
    V4_1(1, "4.1.11-Docker-3.0.2", null),
    /** MAC objects; interface {@code mac_address} read-only and silently dropped on write; scopes. */
    V4_2(2, "4.2.9-Docker-3.2.1", null),
    V4_3(3, "4.3.7", "4.3.7-Docker-3.3.0"),
    V4_4(4, "4.4.10", "4.4.10-Docker-3.4.1"),
    /** v2 tokens ({@code Bearer nbt_KEY.SECRET}). */
    V4_5(5, "4.5.9", "4.5.9-Docker-3.4.2"),
    V4_6(6, "4.6.0", "4.6.0-Docker-5.0.1"),
    /** Interface {@code mac_address} writable again as a shortcut; MACs carry {@code is_primary}; bulk errors by index or id. */
    V4_7(7, "4.7.0", "4.7.0-beta1");

    private final int minor;
    final String version;
    final String fullVersion;

    NetBoxMode(int minor, String version, String fullVersion) {
        this.minor = minor;
        this.version = version;
        this.fullVersion = fullVersion;
    }

    /** MAC address objects ({@code /api/dcim/mac-addresses/}) and an interface's primary MAC: 4.2 on. */
    public boolean macObjects() {
        return minor >= 2;
    }

    /** v2 tokens: 4.5 on. */
    public boolean v2Tokens() {
        return minor >= 5;
    }

    /** Prefixes and clusters point at a site through {@code scope_type}/{@code scope_id}: 4.2 on; before, {@code site}. */
    public boolean scopes() {
        return minor >= 2;
    }

    /** 4.2–4.6 silently drop an interface's {@code mac_address} on write. */
    boolean dropsInterfaceMac() {
        return minor >= 2 && minor <= 6;
    }

    /** 4.7 names refused bulk items by index (create) or id (update, delete) and refuses unknown ids. */
    boolean indexedBulkErrors() {
        return minor >= 7;
    }

    /** 4.7: MACs say whether they are their interface's primary; model constraints with 4.7's wording. */
    boolean is47() {
        return minor >= 7;
    }

    /** The status page names the host from 4.4 on. */
    boolean statusHostname() {
        return minor >= 4;
    }

    String apiVersion() {
        return version.substring(0, 3);
    }
}
