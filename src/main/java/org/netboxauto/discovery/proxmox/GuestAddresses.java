package org.netboxauto.discovery.proxmox;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.MacAddress;

/**
 * The addresses a running guest reports per MAC: from the QEMU guest agent ({@code {"result": [...]}}) or
 * the LXC interfaces call (a bare array, {@code null} when stopped). Loopback and IPv4 link-local are left out.
 */
final class GuestAddresses {

    private GuestAddresses() {
    }

    static Map<MacAddress, List<String>> fromAgent(JsonNode data) {
        return byMac(data == null ? null : data.path("result"));
    }

    static Map<MacAddress, List<String>> fromLxc(JsonNode data) {
        return byMac(data);
    }

    private static Map<MacAddress, List<String>> byMac(JsonNode interfaces) {
        Map<MacAddress, Set<String>> out = new LinkedHashMap<>();
        if (interfaces == null || !interfaces.isArray()) {
            return Map.of();
        }
        for (JsonNode nic : interfaces) {
            Optional<MacAddress> mac = Json.text(nic, "hardware-address").or(() -> Json.text(nic, "hwaddr"))
                    .flatMap(MacAddress::parse);
            if (mac.isEmpty() || "lo".equals(nic.path("name").asText())) {
                continue;
            }
            Set<String> ips = out.computeIfAbsent(mac.get(), m -> new LinkedHashSet<>());
            JsonNode list = nic.path("ip-addresses");
            if (list.isArray() && !list.isEmpty()) {
                list.forEach(a -> usable(a.path("ip-address").asText("")).ifPresent(ips::add));
            } else {
                Json.text(nic, "inet").flatMap(GuestAddresses::withoutPrefix).ifPresent(ips::add);
                Json.text(nic, "inet6").flatMap(GuestAddresses::withoutPrefix).ifPresent(ips::add);
            }
        }
        Map<MacAddress, List<String>> result = new LinkedHashMap<>();
        out.forEach((mac, ips) -> result.put(mac, new ArrayList<>(ips)));
        return result;
    }

    private static Optional<String> withoutPrefix(String cidr) {
        int slash = cidr.indexOf('/');
        return usable(slash < 0 ? cidr : cidr.substring(0, slash));
    }

    /** Link-local addresses are kept (without their zone): the observation files them as evidence, not as IPs. */
    private static Optional<String> usable(String text) {
        int zone = text.indexOf('%');
        String bare = zone < 0 ? text : text.substring(0, zone);
        if (bare.isEmpty() || !IpLiterals.isLiteral(bare)) {
            return Optional.empty();
        }
        InetAddress address = IpLiterals.parse(bare);
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isMulticastAddress()
                || address.isLinkLocalAddress() && address instanceof java.net.Inet4Address) {
            return Optional.empty();
        }
        return Optional.of(IpLiterals.canonical(address));
    }
}
