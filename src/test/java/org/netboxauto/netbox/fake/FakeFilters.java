package org.netboxauto.netbox.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.MacAddress;

/**
 * django-filter as NetBox sets it up (API-NOTES §3): repeated values OR, repeated tags AND, unknown
 * parameters are ignored, a model-backed filter naming no object is a 400, and a value of the
 * wrong type is a 400. A declared filter this fake does not implement is a 501, never ignored.
 */
final class FakeFilters {

    static final Set<String> CONTROL = Set.of("limit", "offset", "start", "ordering", "brief", "fields", "omit",
            "exclude", "format");
    private static final Map<String, String> MODEL_BACKED = Map.ofEntries(
            Map.entry("site", "dcim.site"), Map.entry("site_id", "dcim.site"),
            Map.entry("tenant", "tenancy.tenant"), Map.entry("tenant_id", "tenancy.tenant"),
            Map.entry("tag", "extras.tag"), Map.entry("cluster_id", "virtualization.cluster"),
            Map.entry("role", "dcim.devicerole"), Map.entry("role_id", "dcim.devicerole"),
            Map.entry("device_type_id", "dcim.devicetype"), Map.entry("platform_id", "dcim.platform"));

    private final FakeStore store;

    FakeFilters(FakeStore store) {
        this.store = store;
    }

    Predicate<ObjectNode> predicate(FakeType type, JsonNode operation, Map<String, List<String>> params) {
        Predicate<ObjectNode> all = r -> true;
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            String name = p.getKey();
            if (CONTROL.contains(name) || name.startsWith("cf_")) {
                continue;
            }
            Optional<JsonNode> declared = declared(operation, name);
            if (declared.isEmpty()) {
                continue;
            }
            checkValues(type, name, declared.get().path("schema"), p.getValue());
            all = all.and(filter(type, name, p.getValue()));
        }
        return all;
    }

    private static Optional<JsonNode> declared(JsonNode operation, String name) {
        for (JsonNode param : operation.path("parameters")) {
            if (param.path("in").asText().equals("query") && param.path("name").asText().equals(name)) {
                return Optional.of(param);
            }
        }
        return Optional.empty();
    }

    private void checkValues(FakeType type, String name, JsonNode schema, List<String> values) {
        JsonNode item = schema.path("type").asText().equals("array") ? schema.path("items") : schema;
        for (String v : values) {
            switch (item.path("type").asText()) {
                case "integer" -> {
                    if (!v.matches("-?\\d+")) {
                        throw FakeRejection.field(name, "Enter a whole number.");
                    }
                }
                case "number" -> {
                    if (!v.matches("-?\\d+(\\.\\d+)?")) {
                        throw FakeRejection.field(name, "Enter a number.");
                    }
                }
                case "boolean" -> {
                    if (!Set.of("true", "false", "True", "False", "1", "0").contains(v)) {
                        throw FakeRejection.field(name, "Select a valid choice. " + v + " is not one of the available"
                                + " choices.");
                    }
                }
                default -> {
                }
            }
            String target = MODEL_BACKED.get(name);
            if (target == null && name.equals("virtual_machine_id") && type.contentType().equals(
                    "virtualization.vminterface")) {
                target = "virtualization.virtualmachine";
            }
            if (target == null && name.equals("device_id") && type.contentType().equals("dcim.interface")) {
                target = "dcim.device";
            }
            if (target != null && !refExists(target, name.endsWith("_id"), v)) {
                throw FakeRejection.field(name, "Select a valid choice. " + v + " is not one of the available"
                        + " choices.");
            }
        }
    }

    private boolean refExists(String contentType, boolean byId, String value) {
        return store.table(contentType).values().stream().anyMatch(r -> byId
                ? r.get("id").asText().equals(value)
                : value.equals(r.path("slug").asText(null)) || value.equals(r.path("name").asText(null)));
    }

    private Predicate<ObjectNode> filter(FakeType type, String name, List<String> values) {
        String ct = type.contentType();
        Optional<Predicate<ObjectNode>> ip = FakeIpFilters.of(ct, name, values);
        if (ip.isPresent()) {
            return ip.get();
        }
        switch (name) {
            case "id":
                return r -> values.contains(r.get("id").asText());
            case "tag":
                return r -> values.stream().allMatch(slug -> hasTag(r, slug));
            case "q":
                return r -> values.stream().anyMatch(q -> store.display(type, r).toLowerCase(Locale.ROOT)
                        .contains(q.toLowerCase(Locale.ROOT)));
            case "mac_address":
                return r -> values.stream().anyMatch(v -> macsOf(ct, r).contains(normalizeMac(v)));
            case "address":
                return r -> values.stream().anyMatch(v -> addressMatches(r.path("address").asText(), v));
            case "assigned":
                return r -> r.hasNonNull("assigned_object_id") == Boolean.parseBoolean(values.getFirst());
            case "interface_id":
                return r -> values.stream().anyMatch(v -> FakeRules.isAssignedTo(r, "dcim.interface", Long.parseLong(v)));
            case "vminterface_id":
                return r -> values.stream().anyMatch(v -> FakeRules.isAssignedTo(r, "virtualization.vminterface",
                        Long.parseLong(v)));
            default:
                break;
        }
        if ((name.equals("device_id") || name.equals("virtual_machine_id"))
                && (ct.equals("ipam.ipaddress") || ct.equals("dcim.macaddress"))) {
            String itfType = name.equals("device_id") ? "dcim.interface" : "virtualization.vminterface";
            String parent = name.equals("device_id") ? "device" : "virtual_machine";
            return r -> itfType.equals(r.path("assigned_object_type").asText()) && store.row(itfType,
                    r.path("assigned_object_id").asLong()).map(i -> values.contains(i.path(parent).asText()))
                    .orElse(false);
        }
        if (name.endsWith("__ie")) {
            String field = name.substring(0, name.length() - 4);
            return r -> values.stream().anyMatch(v -> v.equalsIgnoreCase(r.path(field).asText(null)));
        }
        if (name.endsWith("_id") && isStoredField(type, name.substring(0, name.length() - 3))) {
            String field = name.substring(0, name.length() - 3);
            return r -> values.contains(r.path(field).asText());
        }
        if (Set.of("name", "slug", "model", "status", "serial", "asset_tag", "label").contains(name)) {
            return r -> values.contains(r.path(name).asText(null));
        }
        if (isStoredField(type, name)) {
            Optional<FakeType> target = OpenApi.get().referencedName(OpenApi.get().schema(type.responseSchema())
                    .path("properties").path(name)).flatMap(FakeType::byRef);
            if (target.isPresent()) {
                return r -> store.row(target.get().contentType(), r.path(name).asLong(-1))
                        .map(t -> values.contains(t.path("slug").asText(null)) || values.contains(t.path("name")
                                .asText(null))).orElse(false);
            }
        }
        throw FakeRejection.detail(501, "the NetBox fake does not implement the filter " + name + " on "
                + type.path() + "; add it to FakeFilters");
    }

    private static boolean isStoredField(FakeType type, String field) {
        return OpenApi.get().schema(type.responseSchema()).path("properties").has(field);
    }

    private boolean hasTag(ObjectNode r, String slug) {
        for (JsonNode id : r.path("tags")) {
            if (store.row("extras.tag", id.asLong()).map(t -> slug.equals(t.path("slug").asText())).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private List<String> macsOf(String ct, ObjectNode r) {
        if (ct.equals("dcim.macaddress")) {
            return List.of(r.path("mac_address").asText());
        }
        String itfType = ct.equals("dcim.device") ? "dcim.interface" : "virtualization.vminterface";
        String parent = ct.equals("dcim.device") ? "device" : "virtual_machine";
        long id = r.get("id").asLong();
        return store.table(itfType).values().stream().filter(i -> i.path(parent).asLong() == id)
                .flatMap(i -> store.table("dcim.macaddress").values().stream()
                        .filter(m -> FakeRules.isAssignedTo(m, itfType, i.get("id").asLong()))
                        .map(m -> m.path("mac_address").asText()))
                .toList();
    }

    private static String normalizeMac(String v) {
        return FakeRules.parseAnyMac(v).map(MacAddress::toString).map(s -> s.toUpperCase(Locale.ROOT)).orElse(v);
    }

    private static boolean addressMatches(String stored, String wanted) {
        if (wanted.contains("/")) {
            // inet equality: 2001:DB8:0::5/64 is the stored 2001:db8::5/64
            String[] parts = wanted.split("/", 2);
            return IpLiterals.isLiteral(parts[0]) && FakeRules.hostOf(stored).equals(IpLiterals.parse(parts[0]))
                    && stored.substring(stored.indexOf('/') + 1).equals(parts[1]);
        }
        if (!IpLiterals.isLiteral(wanted)) {
            return false;
        }
        InetAddress host = IpLiterals.parse(wanted);
        return FakeRules.hostOf(stored).equals(host);
    }
}
