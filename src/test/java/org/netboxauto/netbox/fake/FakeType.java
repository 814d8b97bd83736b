package org.netboxauto.netbox.fake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One NetBox model the fake serves: its content type, list path and the schemas of its full,
 * brief and request shapes, all read from the OpenAPI document by path.
 *
 * @param refNames the component names other schemas use to point at this model (Brief…, Nested…)
 * @param display  the field NetBox shows as {@code display}
 */
public record FakeType(String contentType, String path, String verboseName, List<String> refNames, String display) {

    static final List<FakeType> ALL = List.of(
            new FakeType("dcim.site", "/api/dcim/sites/", "Site", List.of("BriefSite"), "name"),
            new FakeType("dcim.location", "/api/dcim/locations/", "Location", List.of("BriefLocation"), "name"),
            new FakeType("ipam.vrf", "/api/ipam/vrfs/", "VRF", List.of("BriefVRF"), "name"),
            new FakeType("dcim.manufacturer", "/api/dcim/manufacturers/", "Manufacturer",
                    List.of("BriefManufacturer"), "name"),
            new FakeType("dcim.devicetype", "/api/dcim/device-types/", "DeviceType", List.of("BriefDeviceType"),
                    "model"),
            new FakeType("dcim.interfacetemplate", "/api/dcim/interface-templates/", "InterfaceTemplate",
                    List.of(), "name"),
            new FakeType("dcim.devicerole", "/api/dcim/device-roles/", "DeviceRole", List.of("BriefDeviceRole"),
                    "name"),
            new FakeType("dcim.platform", "/api/dcim/platforms/", "Platform", List.of("BriefPlatform"), "name"),
            new FakeType("tenancy.tenant", "/api/tenancy/tenants/", "Tenant", List.of("BriefTenant"), "name"),
            new FakeType("extras.tag", "/api/extras/tags/", "Tag", List.of("NestedTag"), "name"),
            new FakeType("extras.customfield", "/api/extras/custom-fields/", "CustomField", List.of(), "name"),
            new FakeType("virtualization.clustertype", "/api/virtualization/cluster-types/", "ClusterType",
                    List.of("BriefClusterType"), "name"),
            new FakeType("virtualization.cluster", "/api/virtualization/clusters/", "Cluster",
                    List.of("BriefCluster"), "name"),
            new FakeType("dcim.device", "/api/dcim/devices/", "Device", List.of("BriefDevice", "NestedDevice"),
                    "name"),
            new FakeType("virtualization.virtualmachine", "/api/virtualization/virtual-machines/", "VirtualMachine",
                    List.of("BriefVirtualMachine"), "name"),
            new FakeType("dcim.interface", "/api/dcim/interfaces/", "Interface",
                    List.of("BriefInterface", "NestedInterface"), "name"),
            new FakeType("virtualization.vminterface", "/api/virtualization/interfaces/", "VMInterface",
                    List.of("NestedVMInterface"), "name"),
            new FakeType("dcim.macaddress", "/api/dcim/mac-addresses/", "MACAddress", List.of("BriefMACAddress"),
                    "mac_address"),
            new FakeType("ipam.ipaddress", "/api/ipam/ip-addresses/", "IPAddress", List.of("BriefIPAddress"),
                    "address"),
            new FakeType("dcim.cable", "/api/dcim/cables/", "Cable", List.of("BriefCable"), "label"),
            new FakeType("ipam.vlangroup", "/api/ipam/vlan-groups/", "VLANGroup", List.of("BriefVLANGroup"), "name"),
            // an interface's tagged_vlans are VLANs nested brief, though the schema names the full VLAN
            new FakeType("ipam.vlan", "/api/ipam/vlans/", "VLAN", List.of("BriefVLAN", "VLAN", "NestedVLAN"), "name"),
            new FakeType("ipam.prefix", "/api/ipam/prefixes/", "Prefix", List.of("BriefPrefix"), "prefix"));

    static final Map<String, FakeType> BY_PATH = ALL.stream().collect(Collectors.toMap(FakeType::path,
            Function.identity()));
    static final Map<String, FakeType> BY_CONTENT_TYPE = ALL.stream().collect(Collectors.toMap(
            FakeType::contentType, Function.identity()));

    static Optional<FakeType> byRef(String schemaName) {
        String base = schemaName.endsWith("Request") ? schemaName.substring(0, schemaName.length() - 7) : schemaName;
        return ALL.stream().filter(t -> t.refNames.contains(base)).findFirst();
    }

    /** The full object's schema, as the list endpoint returns it. */
    String responseSchema() {
        String paginated = OpenApi.refName(OpenApi.get().operation(path, "get").orElseThrow().path("responses")
                .path("200").path("content").path("application/json").path("schema").path("$ref").asText());
        return OpenApi.refName(OpenApi.get().schema(paginated).path("properties").path("results").path("items")
                .path("$ref").asText());
    }

    String createSchema() {
        return OpenApi.refName(OpenApi.get().operation(path, "post").orElseThrow().path("requestBody")
                .path("content").path("application/json").path("schema").path("oneOf").get(0).path("$ref").asText());
    }

    String patchSchema() {
        return OpenApi.refName(OpenApi.get().operation(path + "{id}/", "patch").orElseThrow().path("requestBody")
                .path("content").path("application/json").path("schema").path("$ref").asText());
    }

    /** Brief field names: the first reference schema's properties, less the relation counts nested objects never carry. */
    List<String> briefFields() {
        return briefFields(refNames.isEmpty() ? null : refNames.getFirst());
    }

    /** The fields of the object nested as {@code shape}, less the relation counts nested objects never carry. */
    List<String> briefFields(String shape) {
        if (shape == null) {
            return List.of("id", "url", "display", "name");
        }
        return OpenApi.get().schema(shape).path("properties").propertyStream()
                .map(Map.Entry::getKey).filter(n -> !n.endsWith("_count")).toList();
    }
}
