package org.netboxauto.netbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.netboxauto.core.compare.NetBoxHost;

/**
 * What one read of NetBox found, immutable: the catalog objects by kind, and every device and VM
 * in scope with its interfaces, MACs, IPs and cable peers.
 *
 * @param catalog   sites, roles, device types, platforms, clusters, tags and custom fields, by kind
 * @param counts    rows read per endpoint
 */
public record NetBoxSnapshot(NetBoxVersion version, Map<String, List<NamedRef>> catalog, List<NetBoxHost> hosts,
                             Map<String, Integer> counts, long requests, Duration took) {

    public NetBoxSnapshot {
        catalog = Map.copyOf(catalog);
        hosts = List.copyOf(hosts);
        counts = Map.copyOf(counts);
    }
}
