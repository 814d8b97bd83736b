package org.netboxauto.core.dns;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.Host;
import org.netboxauto.core.IpPushPolicy;
import org.netboxauto.core.MacAddress;

/**
 * One approved host as DNS sees it: its MAC (identity, for messages), the name to publish (review
 * name override, else discovered hostname; untrusted), its IPs (IPv4/IPv6 literals, no prefix length).
 */
public record DnsHost(MacAddress mac, Optional<String> name, List<String> ips) {

    public DnsHost {
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(name, "name");
        ips = List.copyOf(ips);
    }

    /** The host with the addresses a push writes ({@link IpPushPolicy}): DNS publishes what NetBox gets. */
    public static DnsHost of(Host host, Optional<String> name) {
        return new DnsHost(host.mac(), name, IpPushPolicy.pushed(host));
    }
}
