package org.netboxauto.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The fields of each endpoint's rows that the snapshot and push readers use. Rows are trimmed to them as
 * they arrive, so reading a large NetBox keeps a few fields per object instead of its whole JSON.
 * A part without a shape is kept whole.
 */
final class RowShapes {

    private static final String NAMED = "id name slug model display";
    private static final String MACHINE = "id name display url display_url status.value site.id site.slug site.name"
            + " tenant.id tags.slug primary_ip.address primary_ip4.id primary_ip6.id custom_fields.last_seen serial";
    private static final String TERMINATION = " object_type object_id object.name object.device.name";
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("sites", NAMED), Map.entry("roles", NAMED), Map.entry("device-types", NAMED),
            Map.entry("platforms", NAMED), Map.entry("clusters", NAMED + " scope_type scope_id"),
            Map.entry("locations", NAMED + " site.id"), Map.entry("vrfs", NAMED), Map.entry("tags", NAMED),
            Map.entry("manufacturers", NAMED), Map.entry("cluster-types", NAMED), Map.entry("tenants", NAMED),
            Map.entry("custom-fields", "id name type object_types"),
            Map.entry("devices", MACHINE), Map.entry("virtual-machines", MACHINE),
            Map.entry("interfaces", "id name device.id device.name mac_address cable.id primary_mac_address.id type.value"
                    + " mode.value untagged_vlan.id tagged_vlans.id lag.id"),
            Map.entry("vm-interfaces", "id name virtual_machine.id mac_address primary_mac_address.id mode.value"
                    + " untagged_vlan.id tagged_vlans.id"),
            Map.entry("vlan-groups", NAMED), Map.entry("vlans", "id vid name group.id site.id"),
            Map.entry("mac-addresses", "id mac_address assigned_object_type assigned_object_id"),
            Map.entry("ip-addresses", "id address assigned_object_type assigned_object_id dns_name vrf.id"),
            Map.entry("prefixes", "id prefix vrf.id"),
            Map.entry("cables", "id" + TERMINATION.replace(" o", " a_terminations.o")
                    + TERMINATION.replace(" o", " b_terminations.o")));
    private static final Map<String, Shape> SHAPES = new HashMap<>();

    static {
        FIELDS.forEach((part, fields) -> SHAPES.put(part, Shape.of(fields)));
    }

    private RowShapes() {
    }

    /** Trims rows of {@code part}; rows of a part without a shape pass whole. */
    static UnaryOperator<JsonNode> of(String part) {
        Shape shape = SHAPES.get(part);
        return shape == null ? UnaryOperator.identity() : shape::trim;
    }

    /** Which fields to keep, each with the shape of its value (empty: keep the value whole). */
    private record Shape(Map<String, Shape> fields) {

        static Shape of(String paths) {
            Shape root = new Shape(new HashMap<>());
            for (String path : paths.split(" ")) {
                Shape at = root;
                for (String name : path.split("\\.")) {
                    at = at.fields.computeIfAbsent(name, k -> new Shape(new HashMap<>()));
                }
            }
            return root;
        }

        JsonNode trim(JsonNode node) {
            if (fields.isEmpty()) {
                return node;
            }
            if (node.isArray()) {
                ArrayNode out = JsonNodeFactory.instance.arrayNode(node.size());
                node.forEach(e -> out.add(trim(e)));
                return out;
            }
            if (!node.isObject()) {
                return node;
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            fields.forEach((name, shape) -> {
                JsonNode value = node.get(name);
                if (value != null) {
                    out.set(name, shape.trim(value));
                }
            });
            return out;
        }
    }
}
