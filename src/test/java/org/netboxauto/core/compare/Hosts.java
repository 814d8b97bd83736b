package org.netboxauto.core.compare;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostFlag;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.Sourced;

/** Discovered hosts and NetBox objects for the comparison tests. */
public final class Hosts {

    static final Instant SEEN = Instant.parse("2025-03-04T05:00:00Z");

    private Hosts() {
    }

    public static Host host(String mac, String name, String... ips) {
        return host(List.of(MacAddress.of(mac)), name, null, Map.of(), Set.of(), ips);
    }

    public static Host host(List<MacAddress> macs, String name, PortLocation port,
                            Map<String, Map<String, String>> evidence, Set<HostFlag> flags, String... ips) {
        return new Host(macs.getFirst(), macs,
                Arrays.stream(ips).map(ip -> new Sourced<>(ip, "routeros:core", SEEN)).toList(),
                Optional.ofNullable(name).map(n -> new Sourced<>(n, "routeros:core", SEEN)),
                Optional.ofNullable(port).map(p -> new Sourced<>(p, "snmp:sw1", SEEN)),
                Optional.empty(), List.of("routeros:core"), SEEN, SEEN, flags, evidence);
    }

    public static NetBoxHost device(long id, String name, String mac, String... ips) {
        return object(NetBoxKind.DEVICE, id, name, "active", itf(id * 10, "eth0", mac, null, ips));
    }

    public static NetBoxHost object(NetBoxKind kind, long id, String name, String status, NetBoxInterface... itfs) {
        return new NetBoxHost(kind, id, Optional.ofNullable(name), status, Optional.of("hq"), List.of(itfs),
                Optional.empty(), "https://netbox.example.com/dcim/devices/" + id + "/");
    }

    public static NetBoxInterface itf(long id, String name, String mac, PortLocation cabledTo, String... ips) {
        return new NetBoxInterface(id, name, mac == null ? List.of() : List.of(MacAddress.of(mac)), List.of(ips),
                Optional.ofNullable(cabledTo));
    }
}
