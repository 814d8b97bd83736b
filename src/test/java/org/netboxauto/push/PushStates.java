package org.netboxauto.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netboxauto.netbox.fake.FakeNetBox;

/**
 * What a fake NetBox holds, by names rather than ids, so two runs can be compared: every device,
 * VM, interface, MAC, IP, primary IP and cable as a line. A duplicate object is a repeated line.
 */
public final class PushStates {

    private PushStates() {
    }

    public static List<String> of(FakeNetBox nb) {
        Map<Long, String> devices = names(nb, "dcim.device");
        Map<Long, String> vms = names(nb, "virtualization.virtualmachine");
        Map<String, String> itfs = new HashMap<>();
        Map<Long, String> ips = new HashMap<>();
        List<String> lines = new ArrayList<>();
        for (ObjectNode i : nb.rows("dcim.interface")) {
            String label = devices.get(i.path("device").asLong(i.path("device").path("id").asLong())) + " "
                    + i.path("name").asText();
            itfs.put("dcim.interface:" + i.get("id").asLong(), label);
            lines.add("interface " + label + " mac=" + i.path("mac_address").asText("")
                    + " primary-mac=" + (i.hasNonNull("primary_mac_address") ? "set" : "none"));
        }
        for (ObjectNode i : nb.rows("virtualization.vminterface")) {
            String label = vms.get(i.path("virtual_machine").asLong(i.path("virtual_machine").path("id").asLong()))
                    + " " + i.path("name").asText();
            itfs.put("virtualization.vminterface:" + i.get("id").asLong(), label);
            lines.add("vm-interface " + label + " mac=" + i.path("mac_address").asText("")
                    + " primary-mac=" + (i.hasNonNull("primary_mac_address") ? "set" : "none"));
        }
        devices.values().forEach(d -> lines.add("device " + d));
        vms.values().forEach(v -> lines.add("vm " + v));
        for (ObjectNode m : nb.rows("dcim.macaddress")) {
            lines.add("mac " + m.path("mac_address").asText() + " on " + itfs.get(assigned(m)));
        }
        for (ObjectNode ip : nb.rows("ipam.ipaddress")) {
            ips.put(ip.get("id").asLong(), ip.path("address").asText());
            lines.add("ip " + ip.path("address").asText() + " on " + itfs.get(assigned(ip)));
        }
        for (String type : List.of("dcim.device", "virtualization.virtualmachine")) {
            for (ObjectNode d : nb.rows(type)) {
                long primary = d.path("primary_ip4").asLong(d.path("primary_ip4").path("id").asLong(0));
                lines.add("primary " + d.path("name").asText() + " " + (primary == 0 ? "none" : ips.get(primary)));
            }
        }
        for (ObjectNode c : nb.rows("dcim.cable")) {
            lines.add("cable " + ends(c.path("a_terminations"), itfs) + " = " + ends(c.path("b_terminations"), itfs));
        }
        lines.sort(null);
        return lines;
    }

    /** Lines that appear more than once: duplicate objects. */
    public static List<String> duplicates(FakeNetBox nb) {
        List<String> lines = of(nb);
        return lines.stream().filter(l -> java.util.Collections.frequency(lines, l) > 1).distinct().toList();
    }

    private static Map<Long, String> names(FakeNetBox nb, String type) {
        Map<Long, String> names = new HashMap<>();
        nb.rows(type).forEach(r -> names.put(r.get("id").asLong(), r.path("name").asText()));
        return names;
    }

    private static String assigned(JsonNode row) {
        return row.path("assigned_object_type").asText("") + ":" + row.path("assigned_object_id").asLong();
    }

    private static String ends(JsonNode terminations, Map<String, String> itfs) {
        List<String> ends = new ArrayList<>();
        terminations.forEach(t -> ends.add(itfs.get(t.path("object_type").asText() + ":" + t.path("object_id").asLong())));
        ends.sort(null);
        return String.join(",", ends);
    }
}
