package org.netboxauto.discovery.kea;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.HostNames;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.PeerText;
import org.netboxauto.discovery.DuidMacs;

/**
 * Kea leases and reservations as observations, validated at the edge. Only leases in use count: state 0 and not
 * past their end; declined, reclaimed and expired ones are counted, as are leases with no usable MAC (a DHCPv6
 * client whose DUID carries none) and prefix delegations.
 */
final class KeaLeases {

    /** Kea's valid-lft for a lease that never ends. */
    private static final long INFINITE = 0xFFFFFFFFL;
    /** Kea keeps cltt as a time_t; anything past the year 36812 is not a time. */
    private static final long MAX_CLTT = 1L << 40;

    private final String sourceId;
    private final Instant now;
    private final KeaSubnets subnets;
    private final List<Cidr> keep;
    private final Map<String, Integer> skipped = new java.util.TreeMap<>();
    private String invalidExample;

    KeaLeases(String sourceId, Instant now, KeaSubnets subnets, List<Cidr> keep) {
        this.sourceId = sourceId;
        this.now = now;
        this.subnets = subnets;
        this.keep = keep;
    }

    Optional<Observation> lease(JsonNode lease, boolean v6) {
        if (!lease.isObject()) {
            return invalid("a lease that is not an object", lease);
        }
        Optional<InetAddress> ip = address(lease.path("ip-address"), v6);
        if (ip.isEmpty()) {
            return invalid("a lease without a valid " + (v6 ? "IPv6" : "IPv4") + " address", lease);
        }
        if (v6 && !"IA_NA".equals(lease.path("type").asText("IA_NA"))) {
            return skip("prefix delegations and temporary addresses");
        }
        int state = lease.path("state").asInt(0);
        if (state != 0) {
            return skip(state == 1 ? "declined" : "expired or released");
        }
        long cltt = seconds(lease.path("cltt"), MAX_CLTT);
        long valid = seconds(lease.path("valid-lft"), INFINITE);
        if (cltt < 0 || valid < 0) {
            return invalid("a lease without a valid cltt and valid-lft", lease);
        }
        if (valid != INFINITE && Instant.ofEpochSecond(cltt + valid).isBefore(now)) {
            return skip("expired");
        }
        if (!kept(ip.get())) {
            return skip("outside " + sourceId + "'s subnets");
        }
        String clientId = text(lease, v6 ? "duid" : "client-id");
        Optional<MacAddress> mac = mac(text(lease, "hw-address"), v6 ? clientId : null);
        if (mac.isEmpty()) {
            return skip(v6 ? "without a MAC (the client's DUID carries none)" : "without a MAC");
        }
        Map<String, String> evidence = new HashMap<>();
        evidence.put(Evidence.TABLE, v6 ? "dhcp6-leases" : "dhcp-leases");
        evidence.put(Evidence.STATUS, "assigned");
        put(evidence, Evidence.CLIENT_ID, clientId);
        subnet(lease, v6).ifPresent(s -> evidence.put(Evidence.SUBNET, s));
        String literal = IpLiterals.canonical(ip.get());
        if (v6) {
            evidence.put(Evidence.STABLE_IPS, literal);
        }
        return Optional.of(new Observation(sourceId, now, mac.get(), List.of(literal),
                name(text(lease, "hostname")), Optional.empty(), evidence));
    }

    /** A reservation from host_cmds or the configuration: a MAC with its fixed addresses and name. */
    Optional<Observation> reservation(JsonNode host, boolean v6, int subnetId) {
        if (!host.isObject()) {
            return invalid("a reservation that is not an object", host);
        }
        String duid = text(host, "duid");
        Optional<MacAddress> mac = mac(text(host, "hw-address"), duid);
        if (mac.isEmpty()) {
            return skip("reservations without a MAC");
        }
        List<String> ips = new java.util.ArrayList<>();
        JsonNode addresses = v6 ? host.path("ip-addresses") : host.path("ip-address");
        for (JsonNode a : addresses.isArray() ? addresses : List.of(addresses)) {
            address(a, v6).filter(this::kept).ifPresent(ip -> ips.add(IpLiterals.canonical(ip)));
        }
        if (!keep.isEmpty() && ips.isEmpty()) {
            return skip("outside " + sourceId + "'s subnets");
        }
        Map<String, String> evidence = new HashMap<>();
        evidence.put(Evidence.TABLE, "reservations");
        evidence.put(Evidence.STATUS, "reserved");
        put(evidence, Evidence.CLIENT_ID, v6 ? duid : text(host, "client-id"));
        int id = host.path("subnet-id").asInt(subnetId);
        subnets.cidr(v6, id).ifPresent(s -> evidence.put(Evidence.SUBNET, s));
        if (v6 && !ips.isEmpty()) {
            evidence.put(Evidence.STABLE_IPS, String.join(", ", ips));
        }
        return Optional.of(new Observation(sourceId, now, mac.get(), ips, name(text(host, "hostname")),
                Optional.empty(), evidence));
    }

    /** The whole number of seconds in {@code node} when within 0..max, else -1. */
    private static long seconds(JsonNode node, long max) {
        return node.isIntegralNumber() && node.canConvertToLong() && node.longValue() >= 0 && node.longValue() <= max
                ? node.longValue() : -1;
    }

    private Optional<String> subnet(JsonNode lease, boolean v6) {
        JsonNode id = lease.path("subnet-id");
        return id.canConvertToInt() ? subnets.cidr(v6, id.intValue()) : Optional.empty();
    }

    private boolean kept(InetAddress ip) {
        return keep.isEmpty() || keep.stream().anyMatch(c -> c.contains(ip));
    }

    private static Optional<InetAddress> address(JsonNode node, boolean v6) {
        if (!node.isTextual() || !IpLiterals.isLiteral(node.asText())) {
            return Optional.empty();
        }
        InetAddress ip = IpLiterals.parse(node.asText());
        return ip instanceof Inet4Address == v6 || ip.isAnyLocalAddress() ? Optional.empty() : Optional.of(ip);
    }

    private static Optional<MacAddress> mac(String hwAddress, String duid) {
        Optional<MacAddress> mac = hwAddress == null || hwAddress.isEmpty() ? Optional.empty()
                : MacAddress.parse(hwAddress);
        return mac.isPresent() || duid == null ? mac : DuidMacs.mac(duid);
    }

    static Optional<String> name(String raw) {
        return HostNames.clean(raw).map(n -> n.endsWith(".") ? n.substring(0, n.length() - 1) : n)
                .filter(n -> !n.isEmpty());
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.path(key);
        return v.isTextual() && !v.asText().isEmpty() ? v.asText() : null;
    }

    private static void put(Map<String, String> evidence, String key, String raw) {
        HostNames.clean(raw).ifPresent(v -> evidence.put(key, v));
    }

    private Optional<Observation> skip(String why) {
        skipped.merge(why, 1, Integer::sum);
        return Optional.empty();
    }

    private Optional<Observation> invalid(String what, JsonNode node) {
        if (invalidExample == null) {
            invalidExample = PeerText.cut(node.toString(), 120);
        }
        return skip(what);
    }

    /** Why rows were left out, with how many: "12 expired, 1 declined". */
    String skippedSummary() {
        return String.join(", ", skipped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
    }

    Optional<String> invalidExample() {
        return Optional.ofNullable(invalidExample);
    }
}
