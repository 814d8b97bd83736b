package org.netboxauto.discovery.routeros;

import java.net.InetAddress;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.HostNames;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.PeerText;

/**
 * Turns table rows into observations, validating at the edge: a row without a MAC is skipped, a
 * MAC that does not parse is counted (reported once per run by the collector), an address that is
 * not an IP literal (a pool name, 0.0.0.0) is left out.
 */
final class RowMapper {

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
        Optional<MacAddress> mac = mac(row.get("mac-address"));
        if (mac.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> evidence = evidence(RouterOsTable.ARP, row);
        put(evidence, Evidence.INTERFACE, row.get("interface"));
        return Optional.of(new Observation(sourceId, now, mac.get(), ip(row.get("address")), Optional.empty(),
                Optional.empty(), evidence));
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
        if (raw == null || !IpLiterals.isLiteral(raw)) {
            return List.of();
        }
        InetAddress address = IpLiterals.parse(raw);
        return address.isAnyLocalAddress() ? List.of() : List.of(address.getHostAddress());
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
