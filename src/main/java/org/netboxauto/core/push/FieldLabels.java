package org.netboxauto.core.push;

import java.util.Map;

/** A field of a NetBox object under the name NetBox's own pages give it: {@code primary_ip4} is "Primary IPv4". */
public final class FieldLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "Name"), Map.entry("slug", "Slug"), Map.entry("site", "Site"),
            Map.entry("device_type", "Device type"), Map.entry("platform", "Platform"), Map.entry("status", "Status"),
            Map.entry("tags", "Tags"), Map.entry("tenant", "Tenant"), Map.entry("cluster", "Cluster"),
            Map.entry("primary_ip4", "Primary IPv4"), Map.entry("primary_ip6", "Primary IPv6"),
            Map.entry("primary_mac_address", "Primary MAC address"), Map.entry("mac_address", "MAC address"),
            Map.entry("address", "Address"), Map.entry("type", "Type"), Map.entry("device", "Device"),
            Map.entry("virtual_machine", "Virtual machine"), Map.entry("a_terminations", "Side A"),
            Map.entry("b_terminations", "Side B"), Map.entry("model", "Model"),
            Map.entry("manufacturer", "Manufacturer"), Map.entry("color", "Color"),
            Map.entry("description", "Description"), Map.entry("last_seen", "Last seen"),
            Map.entry("assigned_object_type", "Assigned object type"), Map.entry("dns_name", "DNS name"),
            Map.entry("mode", "802.1Q Mode"), Map.entry("untagged_vlan", "Untagged VLAN"),
            Map.entry("tagged_vlans", "Tagged VLANs"), Map.entry("lag", "Parent LAG"), Map.entry("vid", "VLAN ID"),
            Map.entry("group", "Group"));

    private FieldLabels() {
    }

    /** The label of {@code field} on an object of {@code type}; a field NetBox shows no label for keeps its name. */
    public static String of(NbType type, String field) {
        if (field.equals("role")) {
            return type == NbType.VIRTUAL_MACHINE ? "Role" : "Device role";
        }
        if (field.equals("assigned_object_id")) {
            return type == NbType.IP_ADDRESS || type == NbType.MAC_ADDRESS ? "Interface" : "Assigned object";
        }
        return LABELS.getOrDefault(field, field);
    }

    /** {@code assigned_object_type} goes with {@code assigned_object_id}: shown as one field, the interface. */
    public static boolean shownWithAnother(String field, Map<String, Object> fields) {
        return field.equals("assigned_object_type") && fields.containsKey("assigned_object_id");
    }
}
