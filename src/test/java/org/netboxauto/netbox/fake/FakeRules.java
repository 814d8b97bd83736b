package org.netboxauto.netbox.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.dns.DnsAddresses;

/** NetBox's model rules that the schema cannot show (API-NOTES §5 and §8). */
final class FakeRules {

    private static final Set<String> UNCABLEABLE = Set.of("virtual", "lag", "bridge");
    private static final Set<String> UNIQUE_EXEMPT_ROLES = Set.of("anycast", "vip", "vrrp", "hsrp", "glbp", "carp");

    private final FakeStore store;
    private final NetBoxMode mode;
    private final FakeLayer2Rules layer2;

    FakeRules(FakeStore store, NetBoxMode mode) {
        this.store = store;
        this.mode = mode;
        this.layer2 = new FakeLayer2Rules(store);
    }

    /** Fills server-side defaults and checks the row as it would be saved; {@code old} is null on create. */
    void beforeSave(FakeType type, ObjectNode row, ObjectNode old) {
        switch (type.contentType()) {
            case "dcim.device" -> device(row, old);
            case "virtualization.virtualmachine" -> virtualMachine(row, old);
            case "dcim.interface" -> {
                uniqueName(type, row, "device");
                layer2.deviceInterface(row, old);
            }
            case "virtualization.vminterface" -> {
                uniqueName(type, row, "virtual_machine");
                layer2.vmInterface(row, old);
            }
            case "ipam.vlan" -> layer2.vlan(row);
            case "dcim.location" -> location(row);
            case "dcim.macaddress" -> mac(row);
            case "ipam.ipaddress" -> ip(row, old);
            case "ipam.prefix" -> prefix(row, old);
            case "dcim.cable" -> cable(row, old);
            case "extras.tag", "dcim.site", "dcim.manufacturer", "dcim.devicerole", "dcim.platform",
                 "tenancy.tenant", "virtualization.clustertype" -> unique(type, row, "slug", "slug")
                    .ifPresent(rejection -> {
                        throw rejection;
                    });
            default -> {
            }
        }
        if (row.has("primary_mac_address") && !row.get("primary_mac_address").isNull()
                && type.contentType().endsWith("interface")) {
            primaryMac(type, row);
        }
    }

    void afterCreate(FakeType type, ObjectNode row) {
        long id = row.get("id").asLong();
        switch (type.contentType()) {
            case "dcim.device" -> store.table("dcim.interfacetemplate").values().stream()
                    .filter(t -> t.path("device_type").asLong() == row.path("device_type").asLong())
                    .forEach(t -> {
                        ObjectNode i = FakeStore.NODES.objectNode();
                        i.put("device", id);
                        i.put("name", t.get("name").asText());
                        i.set("type", t.get("type"));
                        i.put("enabled", true);
                        i.put("mgmt_only", t.path("mgmt_only").asBoolean(false));
                        store.insert(FakeType.BY_CONTENT_TYPE.get("dcim.interface"), i);
                    });
            case "dcim.cable" -> {
                connect(row.path("a_terminations"), id, "A");
                connect(row.path("b_terminations"), id, "B");
            }
            default -> {
            }
        }
        if (type.contentType().endsWith("interface") && row.hasNonNull("primary_mac_address")) {
            store.row("dcim.macaddress", row.get("primary_mac_address").asLong()).ifPresent(m -> {
                if (!m.hasNonNull("assigned_object_id")) {
                    m.put("assigned_object_type", type.contentType());
                    m.put("assigned_object_id", id);
                }
            });
        }
    }

    void onDelete(FakeType type, ObjectNode row) {
        long id = row.get("id").asLong();
        switch (type.contentType()) {
            case "dcim.device" -> List.copyOf(store.table("dcim.interface").values()).stream()
                    .filter(i -> i.path("device").asLong() == id)
                    .forEach(i -> {
                        onDelete(FakeType.BY_CONTENT_TYPE.get("dcim.interface"), i);
                        store.table("dcim.interface").remove(i.get("id").asLong());
                    });
            case "virtualization.virtualmachine" -> List.copyOf(store.table("virtualization.vminterface").values())
                    .stream().filter(i -> i.path("virtual_machine").asLong() == id)
                    .forEach(i -> {
                        onDelete(FakeType.BY_CONTENT_TYPE.get("virtualization.vminterface"), i);
                        store.table("virtualization.vminterface").remove(i.get("id").asLong());
                    });
            case "dcim.interface", "virtualization.vminterface" -> {
                // the cable survives with one end missing; the IPs and MACs assigned to it go with it (NetBox's
                // ip_addresses and mac_addresses are GenericRelations, which Django deletes in cascade)
                for (ObjectNode cable : store.table("dcim.cable").values()) {
                    for (String side : List.of("a_terminations", "b_terminations")) {
                        ArrayNode ends = (ArrayNode) cable.get(side);
                        for (int i = ends.size() - 1; i >= 0; i--) {
                            if (ends.get(i).path("object_id").asLong() == id && ends.get(i).path("object_type")
                                    .asText().equals(type.contentType())) {
                                ends.remove(i);
                            }
                        }
                    }
                }
                for (String assigned : List.of("ipam.ipaddress", "dcim.macaddress")) {
                    List.copyOf(store.table(assigned).values()).stream()
                            .filter(r -> isAssignedTo(r, type.contentType(), id))
                            .forEach(r -> {
                                onDelete(FakeType.BY_CONTENT_TYPE.get(assigned), r);
                                store.table(assigned).remove(r.get("id").asLong());
                            });
                }
            }
            case "ipam.ipaddress" -> {
                for (String parent : List.of("dcim.device", "virtualization.virtualmachine")) {
                    for (ObjectNode p : store.table(parent).values()) {
                        for (String f : List.of("primary_ip4", "primary_ip6")) {
                            if (p.path(f).asLong(-1) == id) {
                                p.putNull(f);
                            }
                        }
                    }
                }
            }
            case "dcim.cable" -> store.table("dcim.interface").values().stream()
                    .filter(i -> i.path("cable").asLong(-1) == id).forEach(i -> {
                        i.putNull("cable");
                        i.putNull("cable_end");
                        i.put("_occupied", false);
                    });
            default -> {
            }
        }
    }

    // ---- per model ---------------------------------------------------------------------------

    private void device(ObjectNode row, ObjectNode old) {
        if (!row.has("status")) {
            row.put("status", "active");
        }
        String name = row.path("name").asText(null);
        if (name != null && !name.isEmpty()) {
            boolean clash = store.table("dcim.device").values().stream()
                    .filter(d -> old == null || d.get("id").asLong() != old.get("id").asLong())
                    .anyMatch(d -> name.equalsIgnoreCase(d.path("name").asText(null))
                            && d.path("site").asLong() == row.path("site").asLong()
                            && d.path("tenant").asLong(-1) == row.path("tenant").asLong(-1));
            if (clash) {
                throw FakeRejection.field("__all__", mode.is47()
                        ? "Device name must be unique per site and tenant."
                        : row.hasNonNull("tenant") ? "Constraint \"dcim_device_unique_name_site_tenant\" is violated."
                        : "Device name must be unique per site.");
            }
        }
        if (row.hasNonNull("asset_tag")) {
            unique(FakeType.BY_CONTENT_TYPE.get("dcim.device"), row, "asset_tag", "Asset tag").ifPresent(r -> {
                throw r;
            });
        }
        // Device.clean: the location must be of the device's site
        if (row.hasNonNull("location")) {
            ObjectNode location = store.row("dcim.location", row.get("location").asLong()).orElseThrow();
            if (location.path("site").asLong() != row.path("site").asLong()) {
                throw FakeRejection.field("location", "Location " + location.path("name").asText()
                        + " does not belong to site " + siteName(row.path("site").asLong()) + ".");
            }
        }
        primaryIps(row, "dcim.interface", "device", "device");
    }

    private String siteName(long id) {
        return store.row("dcim.site", id).map(s -> s.path("name").asText()).orElse("");
    }

    /** Location's unique constraints: name and slug per site and parent; a parent of the same site (Location.clean). */
    private void location(ObjectNode row) {
        long parent = row.path("parent").asLong(-1);
        if (parent >= 0 && store.row("dcim.location", parent).map(p -> p.path("site").asLong()
                != row.path("site").asLong()).orElse(false)) {
            throw FakeRejection.field("__all__", "Parent location (" + store.row("dcim.location", parent).get()
                    .path("name").asText() + ") must belong to the same site (" + siteName(row.path("site").asLong())
                    + ").");
        }
        for (String field : List.of("name", "slug")) {
            boolean clash = store.table("dcim.location").values().stream()
                    .filter(l -> l.get("id").asLong() != row.path("id").asLong(-1))
                    .anyMatch(l -> l.path("site").asLong() == row.path("site").asLong()
                            && l.path("parent").asLong(-1) == parent
                            && l.path(field).asText().equals(row.path(field).asText()));
            if (clash) {
                throw FakeRejection.field("__all__", "A location with this " + field
                        + " already exists within the specified site.");
            }
        }
    }

    /** A cluster's {@code _site}: its scope when that is a site, or the scope location's site (CachedScopeMixin). */
    private Optional<Long> clusterSite(long cluster) {
        return store.row("virtualization.cluster", cluster).flatMap(c -> switch (c.path("scope_type").asText("")) {
            case "dcim.site" -> Optional.of(c.path("scope_id").asLong());
            case "dcim.location" -> store.row("dcim.location", c.path("scope_id").asLong())
                    .map(l -> l.path("site").asLong());
            default -> Optional.empty();
        });
    }

    private void virtualMachine(ObjectNode row, ObjectNode old) {
        if (!row.has("status")) {
            row.put("status", "active");
        }
        if (!row.hasNonNull("site") && !row.hasNonNull("cluster") && !row.hasNonNull("device")) {
            throw FakeRejection.field("__all__", "A virtual machine must be assigned to a site, cluster, or device.");
        }
        Optional<Long> clusterSite = row.hasNonNull("cluster") ? clusterSite(row.get("cluster").asLong())
                : Optional.empty();
        // VirtualMachine.clean, then save(): a VM is in its cluster's site, given it or not
        if (clusterSite.isPresent() && row.hasNonNull("site") && row.get("site").asLong() != clusterSite.get()) {
            throw FakeRejection.field("cluster", "The selected cluster (" + store.row("virtualization.cluster",
                    row.get("cluster").asLong()).get().path("name").asText() + ") is not assigned to this site ("
                    + siteName(row.get("site").asLong()) + ").");
        }
        if (clusterSite.isPresent() && !row.hasNonNull("site")) {
            row.put("site", clusterSite.get());
        }
        String name = row.path("name").asText();
        if (row.hasNonNull("cluster") && store.table("virtualization.virtualmachine").values().stream()
                .filter(v -> old == null || v.get("id").asLong() != old.get("id").asLong())
                .anyMatch(v -> name.equalsIgnoreCase(v.path("name").asText())
                        && v.path("cluster").asLong(-1) == row.path("cluster").asLong()
                        && v.path("tenant").asLong(-1) == row.path("tenant").asLong(-1))) {
            throw FakeRejection.field("__all__", "Virtual machine name must be unique per cluster.");
        }
        primaryIps(row, "virtualization.vminterface", "virtual_machine", "virtual machine");
    }

    private void primaryIps(ObjectNode row, String interfaceType, String parentField, String noun) {
        for (String f : List.of("primary_ip4", "primary_ip6")) {
            if (!row.hasNonNull(f)) {
                continue;
            }
            ObjectNode ip = store.row("ipam.ipaddress", row.get(f).asLong()).orElseThrow();
            boolean assigned = interfaceType.equals(ip.path("assigned_object_type").asText())
                    && store.row(interfaceType, ip.path("assigned_object_id").asLong()).map(i -> i.path(parentField)
                    .asLong() == row.path("id").asLong(-2)).orElse(false);
            if (!assigned) {
                throw FakeRejection.field(f, "The specified IP address (" + ip.get("address").asText()
                        + ") is not assigned to this " + noun + ".");
            }
            int family = family(ip.get("address").asText());
            if (family != (f.equals("primary_ip4") ? 4 : 6)) {
                throw FakeRejection.field(f, "IP address " + ip.get("address").asText() + " is not an IPv"
                        + (f.equals("primary_ip4") ? 4 : 6) + " address.");
            }
        }
    }

    private void uniqueName(FakeType type, ObjectNode row, String parent) {
        boolean clash = store.table(type).values().stream()
                .filter(r -> r.get("id").asLong() != row.path("id").asLong(-1))
                .anyMatch(r -> r.path(parent).asLong() == row.path(parent).asLong()
                        && r.path("name").asText().equals(row.path("name").asText()));
        if (clash) {
            throw FakeRejection.field("__all__", (type.contentType().equals("dcim.interface") ? "Interface with this"
                    + " Device and Name already exists." : "Virtual machine interface with this Virtual machine and"
                    + " Name already exists."));
        }
    }

    private Optional<FakeRejection> unique(FakeType type, ObjectNode row, String field, String label) {
        String value = row.path(field).asText(null);
        if (value == null) {
            return Optional.empty();
        }
        boolean clash = store.table(type).values().stream()
                .filter(r -> r.get("id").asLong() != row.path("id").asLong(-1))
                .anyMatch(r -> value.equals(r.path(field).asText(null)));
        return clash ? Optional.of(FakeRejection.field(field, type.verboseName().replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT).replaceFirst("^.", type.verboseName().substring(0, 1)) + " with this "
                + label + " already exists.")) : Optional.empty();
    }

    private void primaryMac(FakeType type, ObjectNode row) {
        ObjectNode mac = store.row("dcim.macaddress", row.get("primary_mac_address").asLong()).orElseThrow();
        if (mac.hasNonNull("assigned_object_id") && !(type.contentType().equals(mac.path("assigned_object_type")
                .asText()) && mac.get("assigned_object_id").asLong() == row.path("id").asLong(-1))) {
            throw FakeRejection.field("primary_mac_address", "MAC address " + mac.get("mac_address").asText()
                    + " is assigned to a different interface (" + mac.get("assigned_object_id").asLong() + ").");
        }
    }

    private void mac(ObjectNode row) {
        String text = row.path("mac_address").asText();
        Optional<MacAddress> mac = parseAnyMac(text);
        if (mac.isEmpty()) {
            throw FakeRejection.field("mac_address", "Enter a valid MAC address.");
        }
        row.put("mac_address", mac.get().toString().toUpperCase(Locale.ROOT));
        assignedObject(row, Set.of("dcim.interface", "virtualization.vminterface"));
    }

    static Optional<MacAddress> parseAnyMac(String text) {
        Optional<MacAddress> mac = MacAddress.parse(text);
        if (mac.isEmpty() && text.replaceAll("[^0-9A-Fa-f]", "").length() == 12) {
            // multicast and zero MACs are valid NetBox values even though hosts never have them
            return Optional.of(new MacAddress(Long.parseLong(text.replaceAll("[^0-9A-Fa-f]", ""), 16)));
        }
        return mac;
    }

    private void assignedObject(ObjectNode row, Set<String> allowed) {
        if (!row.hasNonNull("assigned_object_type") && !row.hasNonNull("assigned_object_id")) {
            return;
        }
        String t = row.path("assigned_object_type").asText();
        if (!allowed.contains(t)) {
            throw FakeRejection.field("assigned_object_type", "\"" + t + "\" is not a valid choice.");
        }
        if (store.row(t, row.path("assigned_object_id").asLong()).isEmpty()) {
            throw FakeRejection.field("assigned_object_id", "Related object not found using the provided numeric"
                    + " ID: " + row.path("assigned_object_id").asLong());
        }
    }

    private void ip(ObjectNode row, ObjectNode old) {
        if (!row.has("status")) {
            row.put("status", "active");
        }
        String address = row.path("address").asText();
        String[] parts = address.split("/", 2);
        // netaddr takes no zone id (fe80::1%eth0)
        if (parts[0].contains("%") || !IpLiterals.isLiteral(parts[0]) || parts.length == 2
                && !parts[1].matches("\\d{1,3}")) {
            throw FakeRejection.field("address", "Invalid IP address format: " + address);
        }
        InetAddress host = IpLiterals.parse(parts[0]);
        int max = host.getAddress().length * 8;
        int len = parts.length == 2 ? Integer.parseInt(parts[1]) : max;
        if (len == 0) {
            throw FakeRejection.field("address", "Cannot create IP address with /0 mask.");
        }
        if (len > max) {
            throw FakeRejection.field("address", "Invalid IP address format: " + address);
        }
        // netaddr writes IPv6 as RFC 5952 (glibc's inet_ntop): 2001:db8::5, never 2001:db8:0:0:0:0:0:5
        String normalized = DnsAddresses.canonical(host) + "/" + len;
        row.put("address", normalized);
        if ("slaac".equals(row.path("status").asText()) && max == 32) {
            throw FakeRejection.field("status", "Only IPv6 addresses can be assigned SLAAC status");
        }
        assignedObject(row, Set.of("dcim.interface", "virtualization.vminterface"));
        if (row.hasNonNull("assigned_object_id")) {
            notNetworkOrBroadcast(host, len);
        }
        if (!UNIQUE_EXEMPT_ROLES.contains(row.path("role").asText(""))) {
            long vrf = row.path("vrf").asLong(-1);
            boolean duplicate = store.table("ipam.ipaddress").values().stream()
                    .filter(r -> old == null || r.get("id").asLong() != old.get("id").asLong())
                    .anyMatch(r -> r.path("vrf").asLong(-1) == vrf && !UNIQUE_EXEMPT_ROLES.contains(
                            r.path("role").asText("")) && hostOf(r.get("address").asText()).equals(host));
            if (duplicate) {
                // NetBox names the VRF (str(vrf) is its name) and the duplicate found
                throw FakeRejection.field("address", "Duplicate IP address found in "
                        + (vrf < 0 ? "global table" : "VRF " + store.row("ipam.vrf", vrf).map(v -> v.path("name")
                        .asText()).orElse("")) + ": " + normalized);
            }
        }
        if (old != null && isPrimary(old.get("id").asLong()) && (!old.path("assigned_object_id")
                .equals(row.path("assigned_object_id")) || !old.path("assigned_object_type")
                .equals(row.path("assigned_object_type")))) {
            throw FakeRejection.field("interface", "Cannot reassign IP address while it is designated as the"
                    + " primary IP for the parent object");
        }
    }

    /** ipam.IPAddress.clean: no network ID (below /31 or /127) or IPv4 broadcast address on an interface. */
    private static void notNetworkOrBroadcast(InetAddress host, int len) {
        boolean v4 = host.getAddress().length == 4;
        if (len >= (v4 ? 31 : 127)) {
            return;
        }
        Cidr network = new Cidr(host, len).normalized();
        String ip = DnsAddresses.canonical(host);
        if (network.network().equals(host)) {
            throw FakeRejection.field("__all__", ip + " is a network ID, which may not be assigned to an interface.");
        }
        if (v4 && (network.size().longValue() - 1 + toLong(network.network())) == toLong(host)) {
            throw FakeRejection.field("__all__", ip + " is a broadcast address, which may not be assigned to an"
                    + " interface.");
        }
    }

    private static long toLong(InetAddress v4) {
        long out = 0;
        for (byte b : v4.getAddress()) {
            out = out << 8 | (b & 0xFF);
        }
        return out;
    }

    /**
     * ipam.Prefix: the serializer's netaddr parse, the field's prefix_validator (no host bits), clean()'s /0 and
     * duplicate checks (ENFORCE_GLOBAL_UNIQUE), kept in netaddr's spelling.
     */
    private void prefix(ObjectNode row, ObjectNode old) {
        String text = row.path("prefix").asText();
        Cidr parsed = FakeIpFilters.network(text.strip()).orElseThrow(() -> FakeRejection.field("prefix",
                "Invalid IP prefix format: " + text));
        String[] parts = text.strip().split("/", 2);
        InetAddress given = IpLiterals.parse(parts[0]);
        int len = parsed.prefixLength();
        String shown = DnsAddresses.canonical(given) + "/" + len;
        String cidr = DnsAddresses.canonical(parsed.network()) + "/" + len;
        if (!parsed.network().equals(given)) {
            throw FakeRejection.field("prefix", shown + " is not a valid prefix. Did you mean " + cidr + "?");
        }
        if (len == 0) {
            throw FakeRejection.field("prefix", "Cannot create prefix with /0 mask.");
        }
        row.put("prefix", cidr);
        long vrf = row.path("vrf").asLong(-1);
        boolean duplicate = store.table("ipam.prefix").values().stream()
                .filter(r -> old == null || r.get("id").asLong() != old.get("id").asLong())
                .anyMatch(r -> r.path("vrf").asLong(-1) == vrf && r.path("prefix").asText().equals(cidr));
        if (duplicate) {
            throw FakeRejection.field("prefix", "Duplicate prefix found in " + (vrf < 0 ? "global table" : "VRF")
                    + ": " + cidr);
        }
    }

    private boolean isPrimary(long ipId) {
        return List.of("dcim.device", "virtualization.virtualmachine").stream()
                .flatMap(t -> store.table(t).values().stream())
                .anyMatch(p -> p.path("primary_ip4").asLong(-1) == ipId || p.path("primary_ip6").asLong(-1) == ipId);
    }

    static InetAddress hostOf(String address) {
        return IpLiterals.parse(address.split("/", 2)[0]);
    }

    static int family(String address) {
        return hostOf(address).getAddress().length == 4 ? 4 : 6;
    }

    private void cable(ObjectNode row, ObjectNode old) {
        if (!row.has("status")) {
            row.put("status", "connected");
        }
        JsonNode a = row.path("a_terminations");
        JsonNode b = row.path("b_terminations");
        if (old == null && (!a.isArray() || a.isEmpty() || !b.isArray() || b.isEmpty())) {
            throw FakeRejection.field("__all__", "Must define A and B terminations when creating a new cable.");
        }
        if (row.hasNonNull("length") && !row.hasNonNull("length_unit")) {
            throw FakeRejection.field("length_unit", "Must specify a unit when setting a cable length");
        }
        long self = old == null ? -1 : old.get("id").asLong();
        for (JsonNode end : List.of(a, b)) {
            for (JsonNode t : end) {
                String type = t.path("object_type").asText();
                long id = t.path("object_id").asLong();
                if (!type.equals("dcim.interface")) {
                    throw FakeRejection.field("__all__", "Cables cannot be terminated to " + type + " objects.");
                }
                ObjectNode itf = store.row(type, id).orElseThrow(() -> FakeRejection.field("__all__",
                        "Related object not found using the provided numeric ID: " + id));
                String itfType = itf.path("type").asText();
                if (UNCABLEABLE.contains(itfType) || itfType.startsWith("ieee802.11")) {
                    throw FakeRejection.field("__all__", "Cables cannot be terminated to "
                            + Character.toUpperCase(itfType.charAt(0)) + itfType.substring(1) + " interfaces");
                }
                if (itf.path("mark_connected").asBoolean(false)) {
                    throw FakeRejection.field("__all__", "Cannot connect a cable to an interface marked as connected");
                }
                if (itf.hasNonNull("cable") && itf.get("cable").asLong() != self) {
                    throw FakeRejection.field("__all__", "Duplicate termination found for dcim.interface " + id
                            + ": cable " + itf.get("cable").asLong());
                }
            }
        }
        for (JsonNode ta : a) {
            for (JsonNode tb : b) {
                if (ta.path("object_id").asLong() == tb.path("object_id").asLong()) {
                    throw FakeRejection.field("__all__", "A and B terminations cannot connect to the same object.");
                }
            }
        }
    }

    private void connect(JsonNode ends, long cableId, String side) {
        for (JsonNode t : ends) {
            store.row(t.path("object_type").asText(), t.path("object_id").asLong()).ifPresent(i -> {
                i.put("cable", cableId);
                i.put("cable_end", side);
                i.put("_occupied", true);
            });
        }
    }

    static boolean isAssignedTo(ObjectNode row, String type, long id) {
        return type.equals(row.path("assigned_object_type").asText()) && row.path("assigned_object_id").asLong() == id;
    }
}
