package org.netboxauto.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.push.NbType;
import org.netboxauto.core.push.ObjectRef;
import org.netboxauto.core.push.PushInventory;
import org.netboxauto.core.push.SwitchInventory;

/**
 * The devices and interfaces a switch is matched and cabled by, from the rows a push reads anyway
 * (every device interface, MAC, IP and cable), plus one request for the devices with the switches'
 * serials, which may lie outside {@code netbox.scope}.
 */
final class SwitchInventoryReader {

    private SwitchInventoryReader() {
    }

    static SwitchInventory read(NetBoxClient client, NetBoxRows rows, PushInventory inventory, Set<String> serials) {
        Map<Long, SwitchInventory.Device> devices = new LinkedHashMap<>();
        for (JsonNode i : rows.get("interfaces")) {
            long id = i.path("device").path("id").asLong(0);
            if (id > 0) {
                devices.putIfAbsent(id, new SwitchInventory.Device(id, i.path("device").path("name").asText(""),
                        Optional.empty()));
            }
        }
        for (JsonNode d : rows.get("devices")) {
            putDevice(devices, d);
        }
        if (!serials.isEmpty()) {
            NetBoxQuery q = NetBoxQuery.of("fields", "id,name,serial");
            for (String s : serials) {
                q = q.and("serial", s);
            }
            client.list("/api/dcim/devices/", q).forEach(d -> putDevice(devices, d));
        }
        Map<Long, List<MacAddress>> macs = new HashMap<>();
        for (PushInventory.Mac m : inventory.macs()) {
            m.assigned().filter(a -> a.type() == NbType.INTERFACE)
                    .ifPresent(a -> macs.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(m.mac()));
        }
        Map<Long, List<String>> ips = new HashMap<>();
        for (PushInventory.Ip ip : inventory.ips()) {
            ip.assigned().filter(a -> a.type() == NbType.INTERFACE)
                    .ifPresent(a -> ips.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(ip.host()));
        }
        Map<Long, Long> peers = cablePeers(rows.get("cables"));
        Map<Long, String> cabledTo = PushInventoryReader.cablePeers(rows.get("cables"));
        List<SwitchInventory.Port> ports = new ArrayList<>();
        for (JsonNode i : rows.get("interfaces")) {
            long id = i.get("id").asLong();
            Optional<Long> cable = Optional.of(i.path("cable").path("id").asLong(0)).filter(c -> c > 0);
            List<MacAddress> own = new ArrayList<>(macs.getOrDefault(id, List.of()));
            MacAddress.parse(i.path("mac_address").asText("")).filter(m -> !own.contains(m)).ifPresent(own::add);
            ports.add(new SwitchInventory.Port(id, i.path("device").path("id").asLong(0), i.path("name").asText(),
                    i.path("type").path("value").asText(i.path("type").asText("")), cable,
                    Optional.ofNullable(cabledTo.get(id)),
                    Optional.ofNullable(peers.get(id)), own, ips.getOrDefault(id, List.of())));
        }
        return new SwitchInventory(List.copyOf(devices.values()), ports);
    }

    private static void putDevice(Map<Long, SwitchInventory.Device> devices, JsonNode d) {
        long id = d.path("id").asLong(0);
        if (id <= 0) {
            return;
        }
        Optional<String> serial = Optional.of(d.path("serial").asText("").strip()).filter(s -> !s.isEmpty());
        SwitchInventory.Device known = devices.get(id);
        devices.put(id, new SwitchInventory.Device(id, d.path("name").asText(known == null ? "" : known.name()),
                serial.or(() -> known == null ? Optional.empty() : known.serial())));
    }

    /** Interface id → the interface id at the far end of its cable, for cables with one interface a side. */
    private static Map<Long, Long> cablePeers(List<JsonNode> cables) {
        Map<Long, Long> peers = new HashMap<>();
        for (JsonNode c : cables) {
            JsonNode a = c.path("a_terminations");
            JsonNode b = c.path("b_terminations");
            if (a.size() == 1 && b.size() == 1 && interfaceEnd(a.get(0)) && interfaceEnd(b.get(0))) {
                peers.put(a.get(0).path("object_id").asLong(), b.get(0).path("object_id").asLong());
                peers.put(b.get(0).path("object_id").asLong(), a.get(0).path("object_id").asLong());
            }
        }
        return peers;
    }

    private static boolean interfaceEnd(JsonNode t) {
        return NbType.INTERFACE.contentType().equals(t.path("object_type").asText());
    }
}
