package org.netboxauto.netbox.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * VLANs and an interface's mode, VLANs and LAG, checked against the fake as NetBox's serializers and
 * models check them: what is refused with NetBox's message, and what is silently dropped on save.
 */
class FakeNetBoxLayer2Test {

    private static final String TOKEN = "Token " + FakeNetBox.V1_TOKEN;
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Lab(FakeNetBox nb, long sw1, long web01, long vmIf, long groupVlan10, long branchVlan30,
                       long globalVlan20, long port, long lag) {
    }

    private static Lab lab(NetBoxMode mode) {
        FakeNetBox nb = FakeNetBox.start(mode);
        FakeSeed.small(nb);
        long group = nb.create("/api/ipam/vlan-groups/", "{\"name\": \"Campus\", \"slug\": \"campus\"}").get("id").asLong();
        long v10 = nb.create("/api/ipam/vlans/", "{\"vid\": 10, \"name\": \"users\", \"group\": " + group + "}")
                .get("id").asLong();
        long v30 = nb.create("/api/ipam/vlans/", "{\"vid\": 30, \"name\": \"branch\", \"site\": {\"slug\": \"branch\"}}")
                .get("id").asLong();
        long v20 = nb.create("/api/ipam/vlans/", "{\"vid\": 20, \"name\": \"servers\"}").get("id").asLong();
        long sw1 = id(nb, "dcim.device", "sw1");
        long web01 = id(nb, "dcim.device", "web01");
        long port = nb.rows("dcim.interface").stream().filter(i -> i.path("device").asLong() == sw1
                && i.path("name").asText().equals("ge-0/0/5")).findFirst().orElseThrow().get("id").asLong();
        long lag = nb.create("/api/dcim/interfaces/", "{\"device\": " + web01 + ", \"name\": \"bond0\", \"type\": \"lag\"}")
                .get("id").asLong();
        long vmIf = nb.rows("virtualization.vminterface").getFirst().get("id").asLong();
        return new Lab(nb, sw1, web01, vmIf, v10, v30, v20, port, lag);
    }

    private static long id(FakeNetBox nb, String type, String name) {
        return nb.rows(type).stream().filter(r -> r.path("name").asText().equals(name)).findFirst().orElseThrow()
                .get("id").asLong();
    }

    private static RawHttp.Reply send(Lab lab, String method, String path, String body) {
        return RawHttp.send(lab.nb().url(), method, path, body, TOKEN);
    }

    @ParameterizedTest
    @EnumSource(value = NetBoxMode.class, names = {"V4_1", "V4_6", "V4_7"})
    void refusesWhatNetBoxRefuses(NetBoxMode mode) throws Exception {
        Lab lab = lab(mode);
        try (FakeNetBox nb = lab.nb()) {
            String port = "/api/dcim/interfaces/" + lab.port() + "/";
            assertRefused(send(lab, "PATCH", port, "{\"untagged_vlan\": " + lab.groupVlan10() + "}"),
                    "\"untagged_vlan\":[\"Interface mode does not support untagged vlan\"]");
            assertRefused(send(lab, "PATCH", port, "{\"mode\": \"access\", \"tagged_vlans\": [" + lab.groupVlan10() + "]}"),
                    "\"tagged_vlans\":[\"Interface mode does not support tagged vlans\"]");
            assertRefused(send(lab, "PATCH", port, "{\"mode\": \"tagged\", \"tagged_vlans\": [" + lab.branchVlan30() + "]}"),
                    "VLAN branch must belong to the same site as the interface's parent device, or it must be global.");
            assertRefused(send(lab, "PATCH", port, "{\"mode\": \"access\", \"untagged_vlan\": " + lab.branchVlan30() + "}"),
                    "The untagged VLAN (branch) must belong to the same site as the interface's parent device, or it"
                            + " must be global.");
            assertRefused(send(lab, "PATCH", port, "{\"mode\": \"tagged\", \"tagged_vlans\": [999]}"),
                    "Invalid pk \\\"999\\\" - object does not exist.");
            assertRefused(send(lab, "PATCH", port, "{\"mode\": \"trunk\"}"), "\"mode\":[\"\\\"trunk\\\" is not a valid choice.\"]");
            assertRefused(send(lab, "PATCH", port, "{\"lag\": " + lab.lag() + "}"),
                    "The selected LAG interface (bond0) belongs to a different device (web01).");
            assertRefused(send(lab, "PATCH", "/api/dcim/interfaces/" + lab.lag() + "/", "{\"lag\": " + lab.lag() + "}"),
                    "A LAG interface cannot be its own parent.");
            assertRefused(send(lab, "POST", "/api/dcim/interfaces/", "{\"device\": " + lab.web01()
                    + ", \"name\": \"v1\", \"type\": \"virtual\", \"lag\": " + lab.lag() + "}"),
                    "Virtual interfaces cannot have a parent LAG interface.");
            assertRefused(send(lab, "PATCH", "/api/virtualization/interfaces/" + lab.vmIf() + "/",
                    "{\"mode\": \"access\", \"untagged_vlan\": " + lab.branchVlan30() + "}"),
                    "The untagged VLAN (branch) must belong to the same site as the interface's parent virtual machine,"
                            + " or it must be global.");
            assertRefused(send(lab, "POST", "/api/ipam/vlans/", "{\"vid\": 10, \"name\": \"other\", \"group\": {\"slug\":"
                    + " \"campus\"}}"), "VLAN with this Group and VLAN ID already exists.");
            assertRefused(send(lab, "POST", "/api/ipam/vlans/", "{\"vid\": 4095, \"name\": \"x\"}"),
                    "Ensure this value is less than or equal to 4094.");
            assertThat(nb.schemaViolations()).isEmpty();
        }
    }

    @Test
    void acceptsWhatNetBoxAcceptsAndDropsWhatItsSaveDrops() throws Exception {
        Lab lab = lab(NetBoxMode.V4_6);
        try (FakeNetBox nb = lab.nb()) {
            String port = "/api/dcim/interfaces/" + lab.port() + "/";
            RawHttp.Reply tagged = send(lab, "PATCH", port, "{\"mode\": \"tagged\", \"tagged_vlans\": ["
                    + lab.groupVlan10() + ", " + lab.globalVlan20() + "]}");
            assertThat(tagged.status()).as(tagged.body()).isEqualTo(200);
            JsonNode read = JSON.readTree(tagged.body());
            assertThat(read.path("mode").path("value").asText()).isEqualTo("tagged");
            assertThat(read.path("tagged_vlans").findValuesAsText("name")).containsExactly("users", "servers");
            // a second global VLAN with VID 20 is allowed: the group is NULL, and NULLs are distinct
            assertThat(send(lab, "POST", "/api/ipam/vlans/", "{\"vid\": 20, \"name\": \"servers-b\"}").status())
                    .isEqualTo(201);

            // the stored tagged VLANs count against a mode sent alone, so they must be cleared with it
            assertRefused(send(lab, "PATCH", port, "{\"mode\": \"access\", \"untagged_vlan\": " + lab.globalVlan20()
                    + "}"), "\"tagged_vlans\":[\"Interface mode does not support tagged vlans\"]");
            JsonNode access = JSON.readTree(send(lab, "PATCH", port, "{\"mode\": \"access\", \"untagged_vlan\": "
                    + lab.globalVlan20() + ", \"tagged_vlans\": []}").body());
            assertThat(access.path("untagged_vlan").path("vid").asInt()).isEqualTo(20);
            assertThat(access.path("tagged_vlans")).isEmpty();

            JsonNode member = JSON.readTree(send(lab, "POST", "/api/dcim/interfaces/", "{\"device\": " + lab.web01()
                    + ", \"name\": \"eth1\", \"type\": \"1000base-t\", \"lag\": " + lab.lag() + "}").body());
            assertThat(member.path("lag").path("name").asText()).isEqualTo("bond0");

            // a VM interface without a mode keeps no untagged VLAN: BaseInterface.save drops it
            JsonNode vmIf = JSON.readTree(send(lab, "PATCH", "/api/virtualization/interfaces/" + lab.vmIf() + "/",
                    "{\"untagged_vlan\": " + lab.globalVlan20() + "}").body());
            assertThat(vmIf.path("untagged_vlan").isNull()).as(vmIf.toString()).isTrue();
            assertThat(nb.schemaViolations()).isEmpty();
        }
    }

    private static void assertRefused(RawHttp.Reply reply, String message) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.body()).contains(message);
    }
}
