package org.netboxauto.discovery.routeros;

import java.util.List;
import org.netboxauto.config.RouterOsSource.Table;

/** Where each collected table lives on the router, which properties we ask for, and how progress names it. */
enum RouterOsTable {
    DHCP_LEASES("ip/dhcp-server/lease", "dhcp-leases", "DHCP leases",
            List.of("address", "mac-address", "active-address", "active-mac-address", "host-name", "status",
                    "comment")),
    ARP("ip/arp", "arp", "ARP entries",
            List.of("address", "mac-address", "interface", "comment")),
    BRIDGE_HOSTS("interface/bridge/host", "bridge-hosts", "bridge hosts",
            List.of("mac-address", "on-interface", "vid", "bridge", "local")),
    IPV6_NEIGHBORS("ipv6/neighbor", "ipv6-neighbors", "IPv6 neighbours",
            List.of("address", "mac-address", "interface", "status", "router", "comment")),
    DHCPV6_BINDINGS("ipv6/dhcp-server/binding", "dhcpv6-bindings", "DHCPv6 bindings",
            List.of("address", "duid", "iaid", "client-address", "server", "status", "comment"));

    private final String menu;
    private final String evidenceName;
    private final String plural;
    private final List<String> properties;

    RouterOsTable(String menu, String evidenceName, String plural, List<String> properties) {
        this.menu = menu;
        this.evidenceName = evidenceName;
        this.plural = plural;
        this.properties = properties;
    }

    static RouterOsTable of(Table table) {
        return switch (table) {
            case DHCP_LEASES -> DHCP_LEASES;
            case ARP -> ARP;
            case BRIDGE_HOSTS -> BRIDGE_HOSTS;
            case IPV6_NEIGHBORS -> IPV6_NEIGHBORS;
            case DHCPV6_BINDINGS -> DHCPV6_BINDINGS;
        };
    }

    String menu() {
        return menu;
    }

    String evidenceName() {
        return evidenceName;
    }

    String plural() {
        return plural;
    }

    List<String> properties() {
        return properties;
    }
}
