package org.netboxauto.discovery.snmp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;

/** Switches as an admin enters them in NetBox, written through the fake's own create path. */
final class SwitchNetBox {

    private final FakeNetBox nb;

    SwitchNetBox(FakeNetBox nb) {
        this.nb = nb;
        FakeSeed.catalog(nb);
        nb.create("/api/dcim/device-types/", "{\"manufacturer\": {\"slug\": \"generic\"}, \"model\": \"Chassis\","
                + " \"slug\": \"chassis\"}");
    }

    long device(String name, String serial) {
        return nb.create("/api/dcim/devices/", "{\"name\": \"" + name + "\", \"device_type\": {\"slug\": \"chassis\"},"
                + " \"role\": {\"slug\": \"switch\"}, \"site\": {\"slug\": \"hq\"}, \"serial\": \"" + serial + "\"}")
                .get("id").asLong();
    }

    long itf(long device, String name, String type) {
        return nb.create("/api/dcim/interfaces/", "{\"device\": " + device + ", \"name\": \"" + name + "\", \"type\": \""
                + type + "\"}").get("id").asLong();
    }

    void ip(long itf, String address) {
        nb.create("/api/ipam/ip-addresses/", "{\"address\": \"" + address + "\", \"assigned_object_type\":"
                + " \"dcim.interface\", \"assigned_object_id\": " + itf + "}");
    }

    void mac(long itf, String mac) {
        if (nb.mode().macObjects()) {
            nb.create("/api/dcim/mac-addresses/", "{\"mac_address\": \"" + mac + "\", \"assigned_object_type\":"
                    + " \"dcim.interface\", \"assigned_object_id\": " + itf + "}");
        } else {
            nb.update("/api/dcim/interfaces/", itf, "{\"mac_address\": \"" + mac + "\"}");
        }
    }

    void cable(long a, long b) {
        FakeSeed.cable(nb, a, b);
    }

    /** Every cable as {@code device port = device port}, each side as NetBox answers it, A side first. */
    List<String> cables() {
        List<String> out = new ArrayList<>();
        for (JsonNode c : nb.rows("dcim.cable")) {
            JsonNode read = nb.get("/api/dcim/cables/", c.get("id").asLong());
            out.add(end(read.path("a_terminations")) + " = " + end(read.path("b_terminations")));
        }
        return out;
    }

    private static String end(JsonNode terminations) {
        List<String> ends = new ArrayList<>();
        for (JsonNode t : terminations) {
            ends.add(t.path("object_type").asText() + " " + t.path("object").path("device").path("name").asText() + " "
                    + t.path("object").path("name").asText());
        }
        return String.join(", ", ends);
    }
}
