package org.netboxauto.core.push;

import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.Cidr;

/**
 * One {@code netbox.sites} entry: the hosts it takes (every criterion given must hold) and where in
 * NetBox they go. Values are NetBox names or slugs.
 *
 * @param key       the entry's config key, {@code netbox.sites[2]}, for messages
 * @param source    a source id in the host's provenance ({@code routeros:core-router}, {@code scan})
 * @param subnet    a subnet holding one of the host's pushed addresses
 * @param switchName the switch the host is located on: its source name or its NetBox device's name
 * @param vlanGroup overrides {@code netbox.vlan-group} for the VLANs of this rule's hosts
 */
public record SiteRule(String key, Optional<String> source, Optional<Cidr> subnet, Optional<String> switchName,
                       String site, Optional<String> location, Optional<String> tenant, Optional<String> vrf,
                       Optional<String> vlanGroup) {

    public SiteRule {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(site, "site");
        if (source.isEmpty() && subnet.isEmpty() && switchName.isEmpty()) {
            throw new IllegalArgumentException(key + " matches nothing");
        }
    }

    /** A rule of one criterion, and no location, tenant, VRF or VLAN group. */
    public static SiteRule bySubnet(String key, String subnet, String site) {
        return new SiteRule(key, Optional.empty(), Optional.of(Cidr.parse(subnet)), Optional.empty(), site,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public SiteRule withVrf(String name) {
        return new SiteRule(key, source, subnet, switchName, site, location, tenant, Optional.of(name), vlanGroup);
    }

    public SiteRule withLocation(String name) {
        return new SiteRule(key, source, subnet, switchName, site, Optional.of(name), tenant, vrf, vlanGroup);
    }

    public SiteRule withTenant(String name) {
        return new SiteRule(key, source, subnet, switchName, site, location, Optional.of(name), vrf, vlanGroup);
    }
}
