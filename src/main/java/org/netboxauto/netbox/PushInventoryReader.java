package org.netboxauto.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.netboxauto.config.NetBoxConfig;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.push.NbType;
import org.netboxauto.core.push.ObjectRef;
import org.netboxauto.core.push.PushInventory;
import org.netboxauto.core.push.SwitchInventory;

/** Reads what a push plan needs from NetBox into a {@link PushInventory}, validating values at the edge. */
public final class PushInventoryReader {

    private static final Map<String, String> EXTRA = Map.of(
            "locations", "/api/dcim/locations/",
            "vrfs", "/api/ipam/vrfs/",
            "prefixes", "/api/ipam/prefixes/",
            "manufacturers", "/api/dcim/manufacturers/",
            "cluster-types", "/api/virtualization/cluster-types/",
            "tenants", "/api/tenancy/tenants/",
            "vlan-groups", "/api/ipam/vlan-groups/",
            "vlans", "/api/ipam/vlans/");
    private static final Map<String, NbType> NAMED = Map.ofEntries(
            Map.entry("sites", NbType.SITE),
            Map.entry("roles", NbType.ROLE),
            Map.entry("device-types", NbType.DEVICE_TYPE),
            Map.entry("platforms", NbType.PLATFORM),
            Map.entry("clusters", NbType.CLUSTER),
            Map.entry("tags", NbType.TAG),
            Map.entry("manufacturers", NbType.MANUFACTURER),
            Map.entry("cluster-types", NbType.CLUSTER_TYPE),
            Map.entry("tenants", NbType.TENANT),
            Map.entry("vlan-groups", NbType.VLAN_GROUP),
            Map.entry("vrfs", NbType.VRF));

    private final NetBoxClient client;
    private final NetBoxConfig.Scope scope;
    private final Executor executor;

    public PushInventoryReader(NetBoxClient client, NetBoxConfig.Scope scope, Executor executor) {
        this.client = client;
        this.scope = scope;
        this.executor = executor;
    }

    /**
     * What was read, and the release of NetBox that answered: asked once, at the start of the read.
     *
     * @param switches what switches are matched and cabled by
     */
    public record Read(PushInventory inventory, NetBoxVersion version, SwitchInventory switches) {
    }

    /**
     * @param deviceTypes device types (slug or model) new devices may get; their interface templates are read
     */
    public Read read(ReadProgress progress, Set<String> deviceTypes) {
        return read(progress, deviceTypes, Optional.empty());
    }

    /**
     * @param switchSerials when switches reported themselves, their serials: the devices that have one are
     *                      read too, wherever they are; empty when none did, and no switch inventory is built
     */
    public Read read(ReadProgress progress, Set<String> deviceTypes, Optional<Set<String>> switchSerials) {
        NetBoxRows rows = new NetBoxInventoryReader(client, scope, executor).readRows(progress, EXTRA);
        Map<NbType, List<PushInventory.Named>> named = new HashMap<>();
        NAMED.forEach((part, type) -> named.put(type, rows.get(part).stream().map(r -> new PushInventory.Named(
                r.get("id").asLong(), r.hasNonNull("name") ? r.get("name").asText() : r.path("model").asText(),
                r.path("slug").asText())).toList()));
        boolean macObjects = rows.version().hasMacObjects();
        List<PushInventory.Mac> macs = new ArrayList<>();
        Map<String, List<PushInventory.Mac>> macsByItf = new HashMap<>();
        for (JsonNode m : rows.get("mac-addresses")) {
            Optional<MacAddress> mac = MacAddress.parse(m.path("mac_address").asText(""));
            if (mac.isEmpty()) {
                continue;
            }
            Optional<ObjectRef.Existing> assigned = assigned(m);
            PushInventory.Mac value = new PushInventory.Mac(m.get("id").asLong(), mac.get(), assigned);
            macs.add(value);
            assigned.ifPresent(a -> macsByItf.computeIfAbsent(a.type() + ":" + a.id(), k -> new ArrayList<>()).add(value));
        }
        Map<Long, String> cabledTo = cablePeers(rows.get("cables"));
        Map<Long, List<PushInventory.Interface>> byDevice = new HashMap<>();
        Map<Long, List<PushInventory.Interface>> byVm = new HashMap<>();
        List<PushInventory.SwitchPort> ports = new ArrayList<>();
        for (JsonNode i : rows.get("interfaces")) {
            long id = i.get("id").asLong();
            Optional<Long> cable = Optional.of(i.path("cable").path("id").asLong(0)).filter(c -> c > 0);
            byDevice.computeIfAbsent(i.path("device").path("id").asLong(), k -> new ArrayList<>())
                    .add(itf(i, NbType.INTERFACE, macObjects, macsByItf, cable, Optional.ofNullable(cabledTo.get(id))));
            ports.add(new PushInventory.SwitchPort(id, i.path("device").path("name").asText(""),
                    i.path("name").asText(), cable, layer2(i)));
        }
        for (JsonNode i : rows.get("vm-interfaces")) {
            byVm.computeIfAbsent(i.path("virtual_machine").path("id").asLong(), k -> new ArrayList<>())
                    .add(itf(i, NbType.VM_INTERFACE, macObjects, macsByItf, Optional.empty(), Optional.empty()));
        }
        Map<NbType, String> lastSeen = lastSeenFields(rows.get("custom-fields"));
        List<PushInventory.Machine> machines = new ArrayList<>();
        rows.get("devices").forEach(d -> machines.add(machine(d, NbType.DEVICE, byDevice, lastSeen)));
        rows.get("virtual-machines").forEach(v -> machines.add(machine(v, NbType.VIRTUAL_MACHINE, byVm, lastSeen)));
        List<PushInventory.Ip> ips = rows.get("ip-addresses").stream().filter(ip -> ip.hasNonNull("address"))
                .map(ip -> new PushInventory.Ip(ip.get("id").asLong(), ip.get("address").asText(), assigned(ip),
                        Optional.of(ip.path("dns_name").asText("")).filter(n -> !n.isEmpty()), id(ip, "vrf")))
                .toList();
        List<PushInventory.Prefix> prefixes = rows.get("prefixes").stream().filter(p -> p.hasNonNull("prefix"))
                .map(p -> new PushInventory.Prefix(p.get("prefix").asText(), id(p, "vrf"))).toList();
        List<PushInventory.Vlan> vlans = new ArrayList<>();
        for (JsonNode v : rows.get("vlans")) {
            int vid = v.path("vid").asInt(0);
            if (vid >= 1 && vid <= 4094) {
                vlans.add(new PushInventory.Vlan(v.get("id").asLong(), vid, v.path("name").asText(""), id(v, "group"),
                        id(v, "site")));
            }
        }
        PushInventory inventory = new PushInventory(macObjects, named, machines, ips, macs, ports, prefixes, lastSeen,
                templates(named.get(NbType.DEVICE_TYPE), deviceTypes), vlans, places(rows));
        return new Read(inventory, rows.version(), switchSerials.map(serials -> SwitchInventoryReader.read(client, rows,
                inventory, serials)).orElse(SwitchInventory.EMPTY));
    }

    /** Locations with their sites, and the site each cluster is scoped to (a location scope gives its site). */
    private static PushInventory.Places places(NetBoxRows rows) {
        List<PushInventory.Location> locations = new ArrayList<>();
        Map<Long, Long> siteOfLocation = new HashMap<>();
        for (JsonNode l : rows.get("locations")) {
            id(l, "site").ifPresent(site -> {
                long id = l.get("id").asLong();
                locations.add(new PushInventory.Location(id, l.path("name").asText(""), l.path("slug").asText(""), site));
                siteOfLocation.put(id, site);
            });
        }
        Map<Long, Long> clusterSites = new HashMap<>();
        for (JsonNode c : rows.get("clusters")) {
            long scope = c.path("scope_id").asLong(0);
            Long site = switch (c.path("scope_type").asText("")) {
                case "dcim.site" -> scope > 0 ? scope : null;
                case "dcim.location" -> siteOfLocation.get(scope);
                default -> null;
            };
            if (site != null) {
                clusterSites.put(c.get("id").asLong(), site);
            }
        }
        return new PushInventory.Places(locations, clusterSites);
    }

    private Map<Long, List<String>> templates(List<PushInventory.Named> types, Set<String> wanted) {
        Set<Long> ids = new LinkedHashSet<>();
        for (PushInventory.Named t : types) {
            if (wanted.contains(t.slug()) || wanted.stream().anyMatch(w -> w.equalsIgnoreCase(t.name()))) {
                ids.add(t.id());
            }
        }
        Map<Long, List<String>> templates = new HashMap<>();
        if (ids.isEmpty()) {
            return templates;
        }
        NetBoxQuery q = NetBoxQuery.NONE;
        for (long id : ids) {
            q = q.and("device_type_id", Long.toString(id));
        }
        for (JsonNode t : client.list("/api/dcim/interface-templates/", q)) {
            long type = t.path("device_type").path("id").asLong();
            String kind = t.path("type").path("value").asText("");
            if (ids.contains(type) && !kind.equals("virtual") && !kind.equals("lag") && !kind.equals("bridge")
                    && !t.path("mgmt_only").asBoolean(false)) {
                templates.computeIfAbsent(type, k -> new ArrayList<>()).add(t.path("name").asText());
            }
        }
        return templates;
    }

    private static PushInventory.Interface itf(JsonNode i, NbType type, boolean macObjects,
                                               Map<String, List<PushInventory.Mac>> macsByItf, Optional<Long> cable,
                                               Optional<String> cabledTo) {
        long id = i.get("id").asLong();
        List<PushInventory.Mac> macs;
        if (macObjects) {
            macs = macsByItf.getOrDefault(type + ":" + id, List.of());
        } else {
            macs = MacAddress.parse(i.path("mac_address").asText("")).map(m -> List.of(new PushInventory.Mac(0, m,
                    Optional.of(new ObjectRef.Existing(type, id))))).orElse(List.of());
        }
        Optional<Long> primaryMac = Optional.of(i.path("primary_mac_address").path("id").asLong(0)).filter(p -> p > 0);
        return new PushInventory.Interface(id, i.path("name").asText(), macs, primaryMac, cable, cabledTo, layer2(i));
    }

    /** The mode, VLANs, LAG and type of an interface row; a mode NetBox does not define is read as none. */
    private static PushInventory.Layer2 layer2(JsonNode i) {
        String mode = i.path("mode").path("value").asText(i.path("mode").isTextual() ? i.path("mode").asText() : "");
        Set<Long> tagged = new LinkedHashSet<>();
        i.path("tagged_vlans").forEach(v -> Optional.of(v.path("id").asLong(0)).filter(t -> t > 0).ifPresent(tagged::add));
        return new PushInventory.Layer2(Optional.of(mode).filter(m -> List.of("access", "tagged", "tagged-all", "q-in-q")
                .contains(m)), id(i, "untagged_vlan"), tagged, id(i, "lag"), i.path("type").path("value").asText(""));
    }

    private static Optional<Long> id(JsonNode row, String field) {
        return Optional.of(row.path(field).path("id").asLong(0)).filter(v -> v > 0);
    }

    private static PushInventory.Machine machine(JsonNode row, NbType type, Map<Long, List<PushInventory.Interface>> itfs,
                                                 Map<NbType, String> lastSeen) {
        long id = row.get("id").asLong();
        Set<String> tags = new LinkedHashSet<>();
        row.path("tags").forEach(t -> tags.add(t.path("slug").asText()));
        Optional<String> seen = lastSeen.containsKey(type)
                ? Optional.ofNullable(row.path("custom_fields").path("last_seen").asText(null)) : Optional.empty();
        String web = row.hasNonNull("display_url") ? row.get("display_url").asText()
                : row.path("url").asText().replace("/api/", "/");
        return new PushInventory.Machine(type, id, row.path("name").asText(""),
                Optional.of(row.path("site").path("id").asLong(0)).filter(s -> s > 0),
                row.path("status").path("value").asText("active"),
                Optional.of(row.path("primary_ip4").path("id").asLong(0)).filter(p -> p > 0),
                Optional.of(row.path("primary_ip6").path("id").asLong(0)).filter(p -> p > 0), tags, seen,
                itfs.getOrDefault(id, List.of()), web);
    }

    private static Optional<ObjectRef.Existing> assigned(JsonNode row) {
        String type = row.path("assigned_object_type").asText("");
        long id = row.path("assigned_object_id").asLong(0);
        for (NbType t : List.of(NbType.INTERFACE, NbType.VM_INTERFACE, NbType.FHRP_GROUP)) {
            if (t.contentType().equals(type) && id > 0) {
                return Optional.of(new ObjectRef.Existing(t, id));
            }
        }
        return Optional.empty();
    }

    /** Interface id → {@code device interface} at the far end of its cable. */
    static Map<Long, String> cablePeers(List<JsonNode> cables) {
        Map<Long, String> peers = new HashMap<>();
        for (JsonNode c : cables) {
            link(peers, c.path("a_terminations"), c.path("b_terminations"));
            link(peers, c.path("b_terminations"), c.path("a_terminations"));
        }
        return peers;
    }

    private static void link(Map<Long, String> peers, JsonNode near, JsonNode far) {
        if (far.size() != 1 || !NbType.INTERFACE.contentType().equals(far.get(0).path("object_type").asText())) {
            return;
        }
        JsonNode o = far.get(0).path("object");
        String label = o.path("device").path("name").asText("?") + " " + o.path("name").asText("?");
        near.forEach(t -> peers.put(t.path("object_id").asLong(), label));
    }

    private static Map<NbType, String> lastSeenFields(List<JsonNode> fields) {
        Map<NbType, String> types = new LinkedHashMap<>();
        for (JsonNode f : fields) {
            if (!"last_seen".equals(f.path("name").asText())) {
                continue;
            }
            String kind = f.path("type").path("value").asText(f.path("type").asText("text"));
            for (JsonNode ot : f.path("object_types")) {
                if (ot.asText().equals(NbType.DEVICE.contentType())) {
                    types.put(NbType.DEVICE, kind);
                } else if (ot.asText().equals(NbType.VIRTUAL_MACHINE.contentType())) {
                    types.put(NbType.VIRTUAL_MACHINE, kind);
                }
            }
        }
        return types;
    }
}
