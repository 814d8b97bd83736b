package org.netboxauto.discovery.kea;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.core.Cidr;

/**
 * What a daemon's {@code config-get} tells: each subnet's id and prefix (also inside shared networks), and the
 * reservations written in the configuration (global ones have subnet id 0).
 */
final class KeaSubnets {

    record Reservation(boolean v6, int subnetId, JsonNode host) {
    }

    private final Map<Integer, String> v4 = new HashMap<>();
    private final Map<Integer, String> v6 = new HashMap<>();
    private final List<Reservation> reservations = new ArrayList<>();

    Optional<String> cidr(boolean six, int id) {
        return Optional.ofNullable((six ? v6 : v4).get(id));
    }

    List<Integer> ids(boolean six) {
        return List.copyOf((six ? v6 : v4).keySet());
    }

    List<Reservation> reservations() {
        return reservations;
    }

    /** Adds what {@code config-get} of the dhcp4 or dhcp6 daemon answered (its arguments). */
    void add(JsonNode arguments, boolean six) {
        JsonNode root = arguments.path(six ? "Dhcp6" : "Dhcp4");
        String key = six ? "subnet6" : "subnet4";
        addSubnets(root.path(key), six);
        for (JsonNode network : root.path("shared-networks")) {
            addSubnets(network.path(key), six);
        }
        for (JsonNode host : root.path("reservations")) {
            reservations.add(new Reservation(six, 0, host));
        }
    }

    private void addSubnets(JsonNode subnets, boolean six) {
        for (JsonNode subnet : subnets) {
            JsonNode id = subnet.path("id");
            String prefix = subnet.path("subnet").asText("");
            if (!id.canConvertToInt()) {
                continue;
            }
            try {
                (six ? v6 : v4).put(id.intValue(), Cidr.parse(prefix).normalized().toString());
            } catch (IllegalArgumentException e) {
                // a subnet Kea accepted but we cannot read is left unnamed; its leases still count
            }
            for (JsonNode host : subnet.path("reservations")) {
                reservations.add(new Reservation(six, id.intValue(), host));
            }
        }
    }
}
