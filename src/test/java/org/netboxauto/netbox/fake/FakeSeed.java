package org.netboxauto.netbox.fake;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A small inventory as an admin would build it, written through the fake's own create path:
 * a switch, a server cabled to it, and a VM, each with interface, MAC and primary IP.
 */
public final class FakeSeed {

    public static final String SERVER_MAC = "52:54:00:AA:00:01";
    public static final String VM_MAC = "BC:24:11:00:00:02";

    private FakeSeed() {
    }

    /** Sites, roles, types, platform, tenant, tag, custom field and cluster: what devices refer to. */
    public static void catalog(FakeNetBox nb) {
        nb.create("/api/dcim/sites/", "{\"name\": \"HQ\", \"slug\": \"hq\"}");
        nb.create("/api/dcim/sites/", "{\"name\": \"Branch\", \"slug\": \"branch\"}");
        nb.create("/api/dcim/manufacturers/", "{\"name\": \"Generic\", \"slug\": \"generic\"}");
        nb.create("/api/dcim/device-types/", "{\"manufacturer\": {\"slug\": \"generic\"}, \"model\": \"Server\","
                + " \"slug\": \"server\"}");
        nb.create("/api/dcim/device-types/", "{\"manufacturer\": {\"slug\": \"generic\"}, \"model\": \"Switch 8\","
                + " \"slug\": \"switch-8\"}");
        nb.create("/api/dcim/interface-templates/", "{\"device_type\": {\"slug\": \"server\"}, \"name\": \"eth0\","
                + " \"type\": \"1000base-t\"}");
        for (int p = 1; p <= 8; p++) {
            nb.create("/api/dcim/interface-templates/", "{\"device_type\": {\"slug\": \"switch-8\"}, \"name\":"
                    + " \"ge-0/0/" + p + "\", \"type\": \"1000base-t\"}");
        }
        nb.create("/api/dcim/device-roles/", "{\"name\": \"Server\", \"slug\": \"server\"}");
        nb.create("/api/dcim/device-roles/", "{\"name\": \"Switch\", \"slug\": \"switch\"}");
        nb.create("/api/dcim/platforms/", "{\"name\": \"Linux\", \"slug\": \"linux\"}");
        nb.create("/api/tenancy/tenants/", "{\"name\": \"Ops\", \"slug\": \"ops\"}");
        nb.create("/api/extras/tags/", "{\"name\": \"discovered\", \"slug\": \"discovered\"}");
        nb.create("/api/extras/custom-fields/", "{\"name\": \"discovered_by\", \"type\": \"text\","
                + " \"object_types\": [\"dcim.device\", \"virtualization.virtualmachine\"]}");
        nb.create("/api/virtualization/cluster-types/", "{\"name\": \"Proxmox\", \"slug\": \"proxmox\"}");
        nb.create("/api/virtualization/clusters/", "{\"name\": \"pve\", \"type\": {\"slug\": \"proxmox\"}}");
    }

    /** The catalog plus switch {@code sw1}, server {@code web01} on its ge-0/0/3, VM {@code db01} and VLAN 10. */
    public static void small(FakeNetBox nb) {
        catalog(nb);
        nb.create("/api/dcim/devices/", "{\"name\": \"sw1\", \"device_type\": {\"slug\": \"switch-8\"},"
                + " \"role\": {\"slug\": \"switch\"}, \"site\": {\"slug\": \"hq\"}}");
        long web = nb.create("/api/dcim/devices/", "{\"name\": \"web01\", \"device_type\": {\"slug\": \"server\"},"
                + " \"role\": {\"slug\": \"server\"}, \"site\": {\"slug\": \"hq\"}, \"tenant\": {\"slug\": \"ops\"},"
                + " \"tags\": [{\"slug\": \"discovered\"}], \"custom_fields\": {\"discovered_by\": \"scan\"}}")
                .get("id").asLong();
        long eth0 = interfaceId(nb, web, "eth0");
        addressHost(nb, "dcim.interface", eth0, SERVER_MAC, "10.0.0.11/24");
        nb.create("/api/dcim/devices/", "{\"name\": \"printer\", \"device_type\": {\"slug\": \"server\"},"
                + " \"role\": {\"slug\": \"server\"}, \"site\": {\"slug\": \"branch\"}, \"status\": \"planned\"}");
        long sw1 = nb.rows("dcim.device").stream().filter(d -> d.path("name").asText().equals("sw1")).findFirst()
                .orElseThrow().get("id").asLong();
        cable(nb, eth0, interfaceId(nb, sw1, "ge-0/0/3"));
        long vm = nb.create("/api/virtualization/virtual-machines/", "{\"name\": \"db01\", \"cluster\":"
                + " {\"name\": \"pve\"}, \"site\": {\"slug\": \"hq\"}, \"tags\": [{\"slug\": \"discovered\"}]}")
                .get("id").asLong();
        long vmif = nb.create("/api/virtualization/interfaces/", "{\"virtual_machine\": " + vm
                + ", \"name\": \"net0\"}").get("id").asLong();
        addressHost(nb, "virtualization.vminterface", vmif, VM_MAC, "10.0.0.21/24");
        nb.create("/api/ipam/vlans/", "{\"vid\": 10, \"name\": \"users\", \"status\": \"active\"}");
    }

    /** A prefix at a site, written as the release takes it: {@code site} before 4.2, a scope from 4.2. */
    public static void prefix(FakeNetBox nb, String prefix, String siteSlug) {
        if (nb.mode().scopes()) {
            long site = nb.rows("dcim.site").stream().filter(s -> s.path("slug").asText().equals(siteSlug))
                    .findFirst().orElseThrow().get("id").asLong();
            nb.create("/api/ipam/prefixes/", "{\"prefix\": \"" + prefix + "\", \"scope_type\": \"dcim.site\","
                    + " \"scope_id\": " + site + "}");
        } else {
            nb.create("/api/ipam/prefixes/", "{\"prefix\": \"" + prefix + "\", \"site\": {\"slug\": \""
                    + siteSlug + "\"}}");
        }
    }

    public static long interfaceId(FakeNetBox nb, long device, String name) {
        return nb.rows("dcim.interface").stream()
                .filter(i -> i.path("device").asLong() == device && i.path("name").asText().equals(name))
                .findFirst().orElseThrow().get("id").asLong();
    }

    /** MAC (primary on the interface, or on it directly in 4.1), IP, and the parent's primary IPv4. */
    public static void addressHost(FakeNetBox nb, String interfaceType, long itf, String mac, String ip) {
        String itfPath = interfaceType.equals("dcim.interface") ? "/api/dcim/interfaces/"
                : "/api/virtualization/interfaces/";
        if (nb.mode().macObjects()) {
            long macId = nb.create("/api/dcim/mac-addresses/", "{\"mac_address\": \"" + mac + "\","
                    + " \"assigned_object_type\": \"" + interfaceType + "\", \"assigned_object_id\": " + itf + "}")
                    .get("id").asLong();
            nb.update(itfPath, itf, "{\"primary_mac_address\": " + macId + "}");
        } else {
            nb.update(itfPath, itf, "{\"mac_address\": \"" + mac + "\"}");
        }
        long ipId = nb.create("/api/ipam/ip-addresses/", "{\"address\": \"" + ip + "\", \"assigned_object_type\": \""
                + interfaceType + "\", \"assigned_object_id\": " + itf + "}").get("id").asLong();
        JsonNode itfRow = nb.get(itfPath, itf);
        boolean device = interfaceType.equals("dcim.interface");
        long parent = itfRow.path(device ? "device" : "virtual_machine").path("id").asLong();
        nb.update(device ? "/api/dcim/devices/" : "/api/virtualization/virtual-machines/", parent,
                "{\"primary_ip4\": " + ipId + "}");
    }

    public static void cable(FakeNetBox nb, long a, long b) {
        nb.create("/api/dcim/cables/", "{\"a_terminations\": [{\"object_type\": \"dcim.interface\", \"object_id\": "
                + a + "}], \"b_terminations\": [{\"object_type\": \"dcim.interface\", \"object_id\": " + b + "}]}");
    }
}
