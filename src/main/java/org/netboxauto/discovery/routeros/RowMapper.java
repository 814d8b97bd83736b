package org.netboxauto.discovery.routeros;

import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.HostNames;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.Ipv6Addresses;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.PeerText;
import org.netboxauto.discovery.DuidMacs;

/**
 * Turns table rows into observations, validating at the edge: a row without a MAC is skipped, a
 * MAC that does not parse is counted (reported once per run by the collector), an address that is
 * not an IP literal (a pool name, 0.0.0.0) is left out.
 */
final class RowMapper {

    /** Set on an IPv6 neighbour that announced itself as a router. */
    private static final String ROUTER = "router";
    /** A prefix a DHCPv6 binding delegates to the client (IA_PD), e.g. {@code 2001:db8:100::/56}. */
    private static final String DELEGATED_PREFIX = "delegated-prefix";

    private final String sourceId;
    private final String switchName;
    private final Instant now;
    private int invalidMacs;
    private String invalidExample;

    RowMapper(String sourceId, String switchName, Instant now) {
        this.sourceId = sourceId;
        this.switchName = switchName;
        this.now = now;
    }

    Optional<Observation> map(RouterOsTable table, Map<String, String> row) {
        return switch (table) {
            case DHCP_LEASES -> lease(row);
            case ARP -> arp(row);
            case BRIDGE_HOSTS -> bridgeHost(row);
            case IPV6_NEIGHBORS -> ipv6Neighbor(row);
            case DHCPV6_BINDINGS -> dhcpv6Binding(row);
        };
    }

    private Optional<Observation> lease(Map<String, String> row) {
        Optional<MacAddress> mac = mac(firstPresent(row, "active-mac-address", "mac-address"));
        if (mac.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> evidence = evidence(RouterOsTable.DHCP_LEASES, row);
        put(evidence, Evidence.STATUS, row.get("status"));
        return Optional.of(new Observation(sourceId, now, mac.get(), ip(firstPresent(row, "active-address", "address")),
                HostNames.clean(row.get("host-name")), Optional.empty(), evidence));
    }

    private Optional<Observation> arp(Map<String, String> row) {
        return neighbour(row, RouterOsTable.ARP, evidence -> { });
    }

    /** Like an ARP row; a link-local address goes to the evidence (see {@link Observation}). */
    private Optional<Observation> ipv6Neighbor(Map<String, String> row) {
        return neighbour(row, RouterOsTable.IPV6_NEIGHBORS, evidence -> {
            put(evidence, Evidence.STATUS, row.get("status"));
            if (RouterOsValues.isTrue(row.get("router"))) {
                evidence.put(ROUTER, "true");
            }
        });
    }

    /** A neighbour-table row: the MAC, its address and the interface it was heard on, plus the table's own evidence. */
    private Optional<Observation> neighbour(Map<String, String> row, RouterOsTable table,
            java.util.function.Consumer<Map<String, String>> more) {
        Optional<MacAddress> mac = mac(row.get("mac-address"));
        if (mac.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> evidence = evidence(table, row);
        put(evidence, Evidence.INTERFACE, row.get("interface"));
        more.accept(evidence);
        return Optional.of(new Observation(sourceId, now, mac.get(), ip(row.get("address")), Optional.empty(),
                Optional.empty(), evidence));
    }

    /**
     * A DHCPv6 binding names no MAC: it comes from the client's DUID (types LLT and LL carry one), else from its
     * EUI-64 link-local {@code client-address}. A /128 is the client's address; a shorter prefix is delegated to it
     * (a router behind it), evidence only.
     */
    private Optional<Observation> dhcpv6Binding(Map<String, String> row) {
        Optional<String> duid = duid(row.get("duid"));
        List<String> clientAddress = ip(row.get("client-address"));
        Optional<MacAddress> mac = duid.flatMap(DuidMacs::mac).or(() -> clientAddress.stream().findFirst()
                .flatMap(Ipv6Addresses::parse).flatMap(Ipv6Addresses::eui64Mac));
        if (mac.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> evidence = evidence(RouterOsTable.DHCPV6_BINDINGS, row);
        put(evidence, Evidence.STATUS, row.get("status"));
        duid.ifPresent(d -> evidence.put(Evidence.CLIENT_ID, d));
        List<String> ips = new ArrayList<>(clientAddress);
        String address = row.get("address");
        int slash = address == null ? -1 : address.indexOf('/');
        String prefix = slash < 0 ? "128" : address.substring(slash + 1);
        List<String> assigned = ip(slash < 0 ? address : address.substring(0, slash));
        if (!assigned.isEmpty() && assigned.getFirst().indexOf(':') >= 0) {
            if (prefix.equals("128")) {
                ips.addAll(assigned);
                evidence.put(Evidence.STABLE_IPS, assigned.getFirst());
            } else if (prefix.matches("\\d{1,3}")) {
                evidence.put(DELEGATED_PREFIX, assigned.getFirst() + "/" + prefix);
            }
        }
        return Optional.of(new Observation(sourceId, now, mac.get(), ips, Optional.empty(), Optional.empty(),
                evidence));
    }

    /** RouterOS prints a DUID as {@code 0x0003000112…}; as colon-separated hex, the form Kea and dnsmasq use. */
    private static Optional<String> duid(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String hex = raw.strip().replace(":", "");
        hex = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        if (hex.isEmpty() || hex.length() % 2 != 0 || hex.length() > 260 || !hex.matches("[0-9A-Fa-f]+")) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(hex.length() * 3 / 2);
        for (int i = 0; i < hex.length(); i += 2) {
            out.append(i == 0 ? "" : ":").append(hex, i, i + 2);
        }
        return Optional.of(out.toString().toLowerCase(java.util.Locale.ROOT));
    }

    private Optional<Observation> bridgeHost(Map<String, String> row) {
        // local rows are the switch's own port addresses, not hosts learned on a port
        if (RouterOsValues.isTrue(row.get("local"))) {
            return Optional.empty();
        }
        Optional<MacAddress> mac = mac(row.get("mac-address"));
        if (mac.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> evidence = evidence(RouterOsTable.BRIDGE_HOSTS, row);
        put(evidence, Evidence.SWITCH, switchName);
        put(evidence, Evidence.PORT, row.get("on-interface"));
        put(evidence, Evidence.VLAN, row.get("vid"));
        put(evidence, Evidence.INTERFACE, row.get("bridge"));
        return Optional.of(new Observation(sourceId, now, mac.get(), List.of(), Optional.empty(), Optional.empty(),
                evidence));
    }

    private Map<String, String> evidence(RouterOsTable table, Map<String, String> row) {
        Map<String, String> evidence = new HashMap<>();
        evidence.put(Evidence.TABLE, table.evidenceName());
        put(evidence, Evidence.COMMENT, row.get("comment"));
        return evidence;
    }

    private static void put(Map<String, String> evidence, String key, String raw) {
        HostNames.clean(raw).ifPresent(v -> evidence.put(key, v));
    }

    private Optional<MacAddress> mac(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        Optional<MacAddress> mac = MacAddress.parse(raw);
        if (mac.isEmpty()) {
            invalidMacs++;
            if (invalidExample == null) {
                invalidExample = PeerText.cut(raw, 120);
            }
        }
        return mac;
    }

    private static List<String> ip(String raw) {
        int zone = raw == null ? -1 : raw.indexOf('%');
        String bare = zone < 0 ? raw : raw.substring(0, zone);
        if (bare == null || !IpLiterals.isLiteral(bare)) {
            return List.of();
        }
        InetAddress address = IpLiterals.parse(bare);
        return address.isAnyLocalAddress() ? List.of() : List.of(IpLiterals.canonical(address));
    }

    private static String firstPresent(Map<String, String> row, String preferred, String fallback) {
        String value = row.get(preferred);
        return value == null || value.isBlank() ? row.get(fallback) : value;
    }

    int invalidMacs() {
        return invalidMacs;
    }

    String invalidExample() {
        return invalidExample;
    }
}
