package org.netboxauto.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where NetBox is, how to authenticate, and what new objects get by default.
 *
 * @param maxResponse the largest answer read from NetBox, in bytes
 */
public record NetBoxConfig(
        Optional<URI> url,
        Optional<Secret> token,
        TlsConfig tls,
        Duration timeout,
        int pageSize,
        long maxResponse,
        Scope scope,
        String tag,
        boolean createMissing,
        Defaults defaults,
        boolean setDnsName,
        Orphans orphans,
        Optional<String> vlanGroup,
        List<SiteRuleEntry> sites) {

    public NetBoxConfig {
        sites = List.copyOf(sites);
    }

    /** Without site rules: every host gets {@code netbox.defaults}. */
    public NetBoxConfig(Optional<URI> url, Optional<Secret> token, TlsConfig tls, Duration timeout, int pageSize,
            long maxResponse, Scope scope, String tag, boolean createMissing, Defaults defaults, boolean setDnsName,
            Orphans orphans, Optional<String> vlanGroup) {
        this(url, token, tls, timeout, pageSize, maxResponse, scope, tag, createMissing, defaults, setDnsName, orphans,
                vlanGroup, List.of());
    }

    /** Without a VLAN group: VLANs are looked up among the global ones. */
    public NetBoxConfig(Optional<URI> url, Optional<Secret> token, TlsConfig tls, Duration timeout, int pageSize,
            long maxResponse, Scope scope, String tag, boolean createMissing, Defaults defaults, boolean setDnsName,
            Orphans orphans) {
        this(url, token, tls, timeout, pageSize, maxResponse, scope, tag, createMissing, defaults, setDnsName, orphans,
                Optional.empty());
    }

    /** Without {@code dns_name} on IP addresses. */
    public NetBoxConfig(Optional<URI> url, Optional<Secret> token, TlsConfig tls, Duration timeout, int pageSize,
            long maxResponse, Scope scope, String tag, boolean createMissing, Defaults defaults) {
        this(url, token, tls, timeout, pageSize, maxResponse, scope, tag, createMissing, defaults, false);
    }

    /** With the default grace periods for orphans. */
    public NetBoxConfig(Optional<URI> url, Optional<Secret> token, TlsConfig tls, Duration timeout, int pageSize,
            long maxResponse, Scope scope, String tag, boolean createMissing, Defaults defaults, boolean setDnsName) {
        this(url, token, tls, timeout, pageSize, maxResponse, scope, tag, createMissing, defaults, setDnsName,
                Orphans.DEFAULT);
    }

    /**
     * {@code netbox.orphans}: how long the host of a tagged object must be gone before the plan proposes
     * setting the object offline, then removing it.
     */
    public record Orphans(Duration offlineAfter, Duration removeAfter) {
        public static final Orphans DEFAULT = new Orphans(Duration.ofDays(7), Duration.ofDays(30));
    }

    /** The part of NetBox read and compared; each empty means unrestricted. */
    public record Scope(Optional<String> site, Optional<String> tenant, Optional<String> tag) {
    }

    /** Values for new objects when a kind mapping does not say otherwise. */
    public record Defaults(Optional<String> site, Optional<String> role, Optional<String> deviceType,
                           Optional<String> platform, Optional<String> cluster, int prefixLength) {
    }

    static NetBoxConfig read(ConfigSection s) {
        Optional<URI> url = ConfigFields.url(s, "url", false, false, "https://HOST[:PORT] (NetBox's address, without /api)");
        Optional<Secret> token = SecretReader.read(s, "token");
        token.filter(t -> !t.reveal().matches("[0-9a-fA-F]{40}") && !t.reveal().startsWith("nbt_"))
                .ifPresent(t -> s.warningAt("token", "does not look like a NetBox token; expected 40 hex digits (v1)"
                        + " or nbt_... (v2)"));
        TlsConfig tls = TlsConfig.read(s);
        Duration timeout = s.duration("timeout", Duration.ofSeconds(30));
        int pageSize = s.integer("page-size", 1000, 1, 1000);
        long maxResponse = s.bytes("max-response", 256L << 20, 64L << 10);
        ConfigSection sc = s.section("scope");
        Scope scope = new Scope(sc.string("site"), sc.string("tenant"), sc.string("tag"));
        sc.reportUnknownKeys();
        String tag = s.string("tag").filter(t -> !t.isEmpty()).orElse("netbox-auto");
        boolean createMissing = s.bool("create-missing", false);
        ConfigSection d = s.section("defaults");
        Defaults defaults = new Defaults(d.string("site"), d.string("role"), d.string("device-type"),
                d.string("platform"), d.string("cluster"), d.integer("prefix-length", 24, 1, 32));
        d.reportUnknownKeys();
        boolean setDnsName = s.bool("set-dns-name", false);
        ConfigSection o = s.section("orphans");
        Orphans orphans = new Orphans(o.duration("offline-after", Orphans.DEFAULT.offlineAfter()),
                o.duration("remove-after", Orphans.DEFAULT.removeAfter()));
        if (orphans.removeAfter().compareTo(orphans.offlineAfter()) < 0) {
            o.errorAt("remove-after", "must not be shorter than offline-after (" + orphans.offlineAfter().toDays()
                    + "d): an object goes offline before it is removed");
        }
        o.reportUnknownKeys();
        Optional<String> vlanGroup = s.string("vlan-group").map(String::strip).filter(g -> !g.isEmpty());
        List<SiteRuleEntry> sites = SiteRulesConfig.read(s);
        s.reportUnknownKeys();
        return new NetBoxConfig(url, token, tls, timeout, pageSize, maxResponse, scope, tag, createMissing, defaults,
                setDnsName, orphans, vlanGroup, sites);
    }
}
