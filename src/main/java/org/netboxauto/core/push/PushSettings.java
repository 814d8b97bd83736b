package org.netboxauto.core.push;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What new objects get: the tag, whether missing sites, roles… are created, the defaults, each
 * kind's mapping and each Proxmox source's cluster. Values are NetBox names or slugs.
 *
 * @param clusters cluster name by Proxmox source id ({@code proxmox:pve})
 * @param scope    {@code netbox.scope}: new objects must land inside it, or the next push would not see them
 * @param setDnsName new IP addresses get their host's name as {@code dns_name}
 * @param vlanGroup  {@code netbox.vlan-group}: the VLAN group (slug or name) VLANs are looked up in by VID;
 *                   empty: global VLANs, those in no group
 * @param sites      {@code netbox.sites}: the first rule a host satisfies gives its site, location, tenant, VRF
 *                   and VLAN group; a host no rule takes gets the defaults
 */
public record PushSettings(String tag, boolean createMissing, Defaults defaults, Map<String, KindMapping> kinds,
                           Map<String, String> clusters, Scope scope, boolean setDnsName, Optional<String> vlanGroup,
                           List<SiteRule> sites) {

    public PushSettings(String tag, boolean createMissing, Defaults defaults, Map<String, KindMapping> kinds,
            Map<String, String> clusters, Scope scope, boolean setDnsName, Optional<String> vlanGroup) {
        this(tag, createMissing, defaults, kinds, clusters, scope, setDnsName, vlanGroup, List.of());
    }

    public PushSettings(String tag, boolean createMissing, Defaults defaults, Map<String, KindMapping> kinds,
            Map<String, String> clusters, Scope scope, boolean setDnsName) {
        this(tag, createMissing, defaults, kinds, clusters, scope, setDnsName, Optional.empty());
    }

    public PushSettings(String tag, boolean createMissing, Defaults defaults, Map<String, KindMapping> kinds,
            Map<String, String> clusters, Scope scope) {
        this(tag, createMissing, defaults, kinds, clusters, scope, false);
    }

    public PushSettings {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(defaults, "defaults");
        kinds = Map.copyOf(kinds);
        clusters = Map.copyOf(clusters);
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(vlanGroup, "vlanGroup");
        sites = List.copyOf(sites);
    }

    /** The same settings with these site rules. */
    public PushSettings withSites(List<SiteRule> rules) {
        return new PushSettings(tag, createMissing, defaults, kinds, clusters, scope, setDnsName, vlanGroup, rules);
    }

    /** The part of NetBox read: a site, a tenant and a tag, each optional. */
    public record Scope(Optional<String> site, Optional<String> tenant, Optional<String> tag) {
        public static final Scope ALL = new Scope(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** {@code netbox.defaults}. */
    public record Defaults(Optional<String> site, Optional<String> role, Optional<String> deviceType,
                           Optional<String> platform, Optional<String> cluster, int prefixLength) {
    }

    /** A {@code review.kinds} entry's NetBox values. */
    public record KindMapping(Optional<String> role, Optional<String> deviceType, Optional<String> platform) {
    }
}
