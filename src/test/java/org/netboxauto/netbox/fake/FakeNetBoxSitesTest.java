package org.netboxauto.netbox.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Locations, VRFs and a VM's site against its cluster's, as NetBox's models check them (Device.clean,
 * VirtualMachine.clean and save, Location's constraints, IPAddress's duplicate check per VRF).
 */
class FakeNetBoxSitesTest {

    private static final String TOKEN = "Token " + FakeNetBox.V1_TOKEN;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RawHttp.Reply send(FakeNetBox nb, String method, String path, String body) {
        return RawHttp.send(nb.url(), method, path, body, TOKEN);
    }

    private static void assertRefused(RawHttp.Reply reply, String message) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.body()).contains(message);
    }

    @Test
    void refusesALocationOfAnotherSiteAndAVmOutsideItsClustersSite() throws Exception {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6)) {
            FakeSeed.catalog(nb);
            long floor = nb.create("/api/dcim/locations/", "{\"name\": \"Floor 2\", \"slug\": \"floor-2\","
                    + " \"site\": {\"slug\": \"branch\"}}").get("id").asLong();
            assertRefused(send(nb, "POST", "/api/dcim/locations/", "{\"name\": \"Floor 2\", \"slug\": \"floor-2b\","
                    + " \"site\": {\"slug\": \"branch\"}}"), "A location with this name already exists within the"
                    + " specified site.");
            assertThat(send(nb, "POST", "/api/dcim/locations/", "{\"name\": \"Floor 2\", \"slug\": \"floor-2\","
                    + " \"site\": {\"slug\": \"hq\"}}").status()).isEqualTo(201);
            String device = "{\"name\": \"pc1\", \"device_type\": {\"slug\": \"server\"}, \"role\": {\"slug\": \"server\"},"
                    + " \"site\": {\"slug\": \"hq\"}, \"location\": " + floor + "}";
            assertRefused(send(nb, "POST", "/api/dcim/devices/", device), "Location Floor 2 does not belong to site HQ.");
            RawHttp.Reply placed = send(nb, "POST", "/api/dcim/devices/", device.replace("\"hq\"", "\"branch\""));
            assertThat(placed.status()).as(placed.body()).isEqualTo(201);
            assertThat(JSON.readTree(placed.body()).path("location").path("id").asLong()).isEqualTo(floor);

            long branch = nb.rows("dcim.site").stream().filter(s -> s.path("slug").asText().equals("branch"))
                    .findFirst().orElseThrow().get("id").asLong();
            nb.create("/api/virtualization/clusters/", "{\"name\": \"pve-branch\", \"type\": {\"slug\": \"proxmox\"},"
                    + " \"scope_type\": \"dcim.site\", \"scope_id\": " + branch + "}");
            assertRefused(send(nb, "POST", "/api/virtualization/virtual-machines/", "{\"name\": \"vm1\", \"cluster\":"
                    + " {\"name\": \"pve-branch\"}, \"site\": {\"slug\": \"hq\"}}"),
                    "The selected cluster (pve-branch) is not assigned to this site (HQ).");
            RawHttp.Reply vm = send(nb, "POST", "/api/virtualization/virtual-machines/", "{\"name\": \"vm1\","
                    + " \"cluster\": {\"name\": \"pve-branch\"}}");
            assertThat(vm.status()).as(vm.body()).isEqualTo(201);
            assertThat(JSON.readTree(vm.body()).path("site").path("slug").asText()).isEqualTo("branch");
        }
    }

    @Test
    void oneAddressMayBeInTwoVrfsButOnceInEach() throws Exception {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6)) {
            long blue = nb.create("/api/ipam/vrfs/", "{\"name\": \"blue\"}").get("id").asLong();
            assertThat(send(nb, "POST", "/api/ipam/ip-addresses/", "{\"address\": \"10.1.0.5/24\"}").status())
                    .isEqualTo(201);
            RawHttp.Reply inBlue = send(nb, "POST", "/api/ipam/ip-addresses/", "{\"address\": \"10.1.0.5/24\", \"vrf\": "
                    + blue + "}");
            assertThat(inBlue.status()).as(inBlue.body()).isEqualTo(201);
            JsonNode row = JSON.readTree(inBlue.body());
            assertThat(row.path("vrf").path("name").asText()).isEqualTo("blue");
            assertRefused(send(nb, "POST", "/api/ipam/ip-addresses/", "{\"address\": \"10.1.0.5/16\", \"vrf\": " + blue
                    + "}"), "Duplicate IP address found in VRF blue: ");
        }
    }
}
