package org.netboxauto.netbox.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fields the server computes on read: MACs and cable peers of interfaces, IP family, primary IP, custom fields. */
final class FakeDecorations {

    private final FakeStore store;
    private final NetBoxMode mode;

    /** Per-request lookups, so a page of 1000 interfaces does not scan every MAC and IP 1000 times. */
    private Map<String, List<ObjectNode>> macsByInterface;
    private Map<String, Long> ipsByInterface;
    private Map<String, Long> interfacesByParent;

    FakeDecorations(FakeStore store, NetBoxMode mode) {
        this.store = store;
        this.mode = mode;
    }

    /** Called as each request starts: the tables may have changed since the last one. */
    void forget() {
        macsByInterface = null;
        ipsByInterface = null;
        interfacesByParent = null;
    }

    private static String key(String type, long id) {
        return type + ":" + id;
    }

    private List<ObjectNode> macsOf(String type, long id) {
        if (macsByInterface == null) {
            macsByInterface = new HashMap<>();
            for (ObjectNode m : store.table("dcim.macaddress").values()) {
                if (m.hasNonNull("assigned_object_id")) {
                    macsByInterface.computeIfAbsent(key(m.get("assigned_object_type").asText(),
                            m.get("assigned_object_id").asLong()), k -> new ArrayList<>()).add(m);
                }
            }
        }
        return macsByInterface.getOrDefault(key(type, id), List.of());
    }

    private long ipCount(String type, long id) {
        if (ipsByInterface == null) {
            ipsByInterface = new HashMap<>();
            for (ObjectNode ip : store.table("ipam.ipaddress").values()) {
                if (ip.hasNonNull("assigned_object_id")) {
                    ipsByInterface.merge(key(ip.get("assigned_object_type").asText(),
                            ip.get("assigned_object_id").asLong()), 1L, Long::sum);
                }
            }
        }
        return ipsByInterface.getOrDefault(key(type, id), 0L);
    }

    private long interfaceCount(String parentType, long id) {
        if (interfacesByParent == null) {
            interfacesByParent = new HashMap<>();
            store.table("dcim.interface").values().forEach(i -> interfacesByParent.merge(key("dcim.device",
                    i.path("device").asLong()), 1L, Long::sum));
            store.table("virtualization.vminterface").values().forEach(i -> interfacesByParent.merge(key(
                    "virtualization.virtualmachine", i.path("virtual_machine").asLong()), 1L, Long::sum));
        }
        return interfacesByParent.getOrDefault(key(parentType, id), 0L);
    }

    ObjectNode render(FakeType type, ObjectNode row) {
        ObjectNode out = store.render(type, row);
        long id = row.get("id").asLong();
        switch (type.contentType()) {
            case "dcim.interface", "virtualization.vminterface" -> itf(type, row, out, id);
            case "dcim.device", "virtualization.virtualmachine" -> {
                out.set("primary_ip", out.path("primary_ip4").isNull() ? out.get("primary_ip6") : out.get("primary_ip4"));
                out.put("interface_count", interfaceCount(type.contentType(), id));
            }
            case "ipam.ipaddress" -> {
                int family = FakeRules.family(row.get("address").asText());
                ObjectNode f = out.putObject("family");
                f.put("value", family);
                f.put("label", "IPv" + family);
                out.set("assigned_object", assigned(row));
            }
            case "ipam.prefix" -> {
                int family = FakeRules.family(row.get("prefix").asText());
                out.putObject("family").put("value", family).put("label", "IPv" + family);
                scope(row, out);
            }
            case "virtualization.cluster" -> scope(row, out);
            case "dcim.macaddress" -> {
                out.set("assigned_object", assigned(row));
                if (mode.is47()) {
                    out.put("is_primary", isPrimary(row));
                }
            }
            case "dcim.cable" -> {
                out.set("a_terminations", terminations(row.path("a_terminations")));
                out.set("b_terminations", terminations(row.path("b_terminations")));
            }
            default -> {
            }
        }
        if (out.has("custom_fields")) {
            out.set("custom_fields", customFields(type, row));
        }
        return out;
    }

    /** From 4.2 a prefix or cluster names its site as a scope; before, as {@code site}. */
    private void scope(ObjectNode row, ObjectNode out) {
        FakeType scopeType = FakeType.BY_CONTENT_TYPE.get(row.path("scope_type").asText(""));
        ObjectNode brief = scopeType == null || !row.hasNonNull("scope_id") ? null
                : store.brief(scopeType, row.get("scope_id").asLong());
        if (mode.scopes()) {
            out.set("scope", brief == null ? FakeStore.NODES.nullNode() : brief);
            return;
        }
        out.remove(List.of("scope_type", "scope_id", "scope"));
        out.set("site", brief != null && "dcim.site".equals(scopeType.contentType()) ? brief
                : FakeStore.NODES.nullNode());
    }

    private void itf(FakeType type, ObjectNode row, ObjectNode out, long id) {
        List<ObjectNode> macs = macsOf(type.contentType(), id);
        ArrayNode briefs = out.putArray("mac_addresses");
        if (mode.macObjects()) {
            macs.forEach(m -> briefs.add(store.brief(FakeType.BY_CONTENT_TYPE.get("dcim.macaddress"),
                    m.get("id").asLong())));
            JsonNode primary = row.path("primary_mac_address");
            out.put("mac_address", primary.isIntegralNumber() ? store.row("dcim.macaddress", primary.asLong())
                    .map(m -> m.get("mac_address").asText()).orElse(null) : null);
        } else {
            out.remove("primary_mac_address");
            out.set("mac_address", row.has("mac_address") ? row.get("mac_address") : FakeStore.NODES.nullNode());
        }
        out.put("count_ipaddresses", ipCount(type.contentType(), id));
        if (type.contentType().equals("dcim.interface")) {
            ArrayNode peers = out.putArray("link_peers");
            if (row.hasNonNull("cable")) {
                store.row("dcim.cable", row.get("cable").asLong()).ifPresent(c -> {
                    String far = "A".equals(row.path("cable_end").asText()) ? "b_terminations" : "a_terminations";
                    c.path(far).forEach(t -> peers.add(store.brief(FakeType.BY_CONTENT_TYPE.get("dcim.interface"),
                            t.path("object_id").asLong())));
                });
                out.put("link_peers_type", "dcim.interface");
            }
        }
    }

    private boolean isPrimary(ObjectNode mac) {
        if (!mac.hasNonNull("assigned_object_id")) {
            return false;
        }
        return store.row(mac.get("assigned_object_type").asText(), mac.get("assigned_object_id").asLong())
                .map(i -> i.path("primary_mac_address").asLong(-1) == mac.get("id").asLong()).orElse(false);
    }

    private JsonNode assigned(ObjectNode row) {
        if (!row.hasNonNull("assigned_object_id")) {
            return FakeStore.NODES.nullNode();
        }
        ObjectNode brief = store.brief(FakeType.BY_CONTENT_TYPE.get(row.get("assigned_object_type").asText()),
                row.get("assigned_object_id").asLong());
        return brief == null ? FakeStore.NODES.nullNode() : brief;
    }

    private ArrayNode terminations(JsonNode ends) {
        ArrayNode out = FakeStore.NODES.arrayNode();
        for (JsonNode t : ends) {
            ObjectNode o = out.addObject();
            o.put("object_type", t.path("object_type").asText());
            o.put("object_id", t.path("object_id").asLong());
            ObjectNode brief = store.brief(FakeType.BY_CONTENT_TYPE.get(t.path("object_type").asText()),
                    t.path("object_id").asLong());
            o.set("object", brief == null ? FakeStore.NODES.nullNode() : brief);
        }
        return out;
    }

    /** Every custom field defined for the model, unset ones as null. */
    private ObjectNode customFields(FakeType type, ObjectNode row) {
        ObjectNode out = FakeStore.NODES.objectNode();
        JsonNode stored = row.path("custom_fields");
        for (ObjectNode cf : store.table("extras.customfield").values()) {
            for (JsonNode ot : cf.path("object_types")) {
                if (ot.asText().equals(type.contentType())) {
                    String name = cf.get("name").asText();
                    out.set(name, stored.has(name) ? stored.get(name) : FakeStore.NODES.nullNode());
                }
            }
        }
        return out;
    }
}
