package org.netboxauto.netbox.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** State rules of API-NOTES.md that are behaviour rather than refusals, over HTTP. */
class FakeNetBoxBehaviourTest {

    private static final String TOKEN = "Token " + FakeNetBox.V1_TOKEN;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void macOnAnInterfaceIsStoredIn41DroppedIn46AndMadeAnObjectIn47() throws Exception {
        for (NetBoxMode mode : NetBoxMode.values()) {
            try (FakeNetBox nb = FakeNetBox.start(mode)) {
                FakeSeed.small(nb);
                RawHttp.Reply created = RawHttp.send(nb.url(), "POST", "/api/dcim/interfaces/",
                        "{\"device\": {\"name\": \"web01\"}, \"name\": \"eth1\", \"type\": \"1000base-t\","
                                + " \"mac_address\": \"aa-bb-cc-00-11-22\"}", TOKEN);
                assertThat(created.status()).isEqualTo(201);
                JsonNode itf = JSON.readTree(created.body());
                if (!mode.macObjects()) {
                    assertThat(itf.path("mac_address").asText()).isEqualTo("AA:BB:CC:00:11:22");
                } else if (mode.dropsInterfaceMac()) {
                    assertThat(itf.path("mac_address").isNull()).as(mode.name()).isTrue();
                    assertThat(nb.rows("dcim.macaddress")).noneMatch(m -> m.path("mac_address").asText()
                            .equals("AA:BB:CC:00:11:22"));
                } else {
                    assertThat(itf.path("mac_address").asText()).isEqualTo("AA:BB:CC:00:11:22");
                    assertThat(itf.path("primary_mac_address").path("mac_address").asText())
                            .isEqualTo("AA:BB:CC:00:11:22");
                }
                assertThat(RawHttp.send(nb.url(), "GET", "/api/dcim/mac-addresses/", null, TOKEN).status())
                        .isEqualTo(mode.macObjects() ? 200 : 404);
                assertThat(nb.schemaViolations()).isEmpty();
            }
        }
    }

    @Test
    void macObjectsAreNotUniqueAndTheFilterTakesAnyNotation() throws Exception {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6)) {
            for (int i = 0; i < 2; i++) {
                assertThat(RawHttp.send(nb.url(), "POST", "/api/dcim/mac-addresses/",
                        "{\"mac_address\": \"0050.5600.0001\"}", TOKEN).status()).isEqualTo(201);
            }
            JsonNode found = JSON.readTree(RawHttp.send(nb.url(), "GET",
                    "/api/dcim/mac-addresses/?mac_address=00:50:56:00:00:01", null, TOKEN).body());

            assertThat(found.path("count").asInt()).isEqualTo(2);
            assertThat(found.path("results").get(0).path("mac_address").asText()).isEqualTo("00:50:56:00:00:01");
        }
    }

    @Test
    void aDeviceGetsItsTypesTemplateInterfacesAndDeletingItLeavesTheCableWithOneEnd() throws Exception {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6)) {
            FakeSeed.small(nb);
            long sw1 = nb.rows("dcim.device").stream().filter(d -> d.path("name").asText().equals("sw1"))
                    .findFirst().orElseThrow().get("id").asLong();
            assertThat(nb.rows("dcim.interface")).filteredOn(i -> i.path("device").asLong() == sw1).hasSize(8);
            long web = nb.rows("dcim.device").stream().filter(d -> d.path("name").asText().equals("web01"))
                    .findFirst().orElseThrow().get("id").asLong();

            assertThat(RawHttp.send(nb.url(), "DELETE", "/api/dcim/devices/" + web + "/", null, TOKEN).status())
                    .isEqualTo(204);

            JsonNode cable = JSON.readTree(RawHttp.send(nb.url(), "GET", "/api/dcim/cables/1/", null, TOKEN).body());
            assertThat(cable.path("a_terminations")).isEmpty();
            assertThat(cable.path("b_terminations")).hasSize(1);
            JsonNode port = JSON.readTree(RawHttp.send(nb.url(), "GET", "/api/dcim/interfaces/?device_id=" + sw1
                    + "&name=ge-0/0/3", null, TOKEN).body()).path("results").get(0);
            assertThat(port.path("cable").path("id").asLong()).isEqualTo(1);
            assertThat(RawHttp.send(nb.url(), "GET", "/api/dcim/devices/" + web + "/", null, TOKEN).status())
                    .isEqualTo(404);
            assertThat(nb.schemaViolations()).isEmpty();
        }
    }

    @Test
    void deletingADeviceDeletesTheIpsAndMacsOfItsInterfacesAsNetBoxCascades() throws Exception {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6)) {
            FakeSeed.small(nb);
            JsonNode web = JSON.readTree(RawHttp.send(nb.url(), "GET", "/api/dcim/devices/?name=web01", null, TOKEN)
                    .body()).path("results").get(0);
            long ip = web.path("primary_ip4").path("id").asLong();
            int ips = nb.rows("ipam.ipaddress").size();
            long macs = nb.rows("dcim.macaddress").stream().filter(m -> m.path("mac_address").asText()
                    .equalsIgnoreCase(FakeSeed.SERVER_MAC)).count();
            assertThat(macs).isEqualTo(1);

            assertThat(RawHttp.send(nb.url(), "DELETE", "/api/dcim/devices/" + web.get("id").asLong() + "/", null,
                    TOKEN).status()).isEqualTo(204);

            assertThat(RawHttp.send(nb.url(), "GET", "/api/ipam/ip-addresses/" + ip + "/", null, TOKEN).status())
                    .isEqualTo(404);
            assertThat(nb.rows("ipam.ipaddress")).hasSize(ips - 1);
            assertThat(nb.rows("dcim.macaddress")).noneMatch(m -> m.path("mac_address").asText()
                    .equalsIgnoreCase(FakeSeed.SERVER_MAC));
            assertThat(nb.schemaViolations()).isEmpty();
        }
    }

    @Test
    void deletingThePrimaryIpClearsItAndPatchMergesCustomFields() throws Exception {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6)) {
            FakeSeed.small(nb);
            JsonNode web = JSON.readTree(RawHttp.send(nb.url(), "GET", "/api/dcim/devices/?name=web01", null, TOKEN)
                    .body()).path("results").get(0);
            long id = web.get("id").asLong();
            long ip = web.path("primary_ip4").path("id").asLong();

            RawHttp.send(nb.url(), "DELETE", "/api/ipam/ip-addresses/" + ip + "/", null, TOKEN);
            RawHttp.Reply patched = RawHttp.send(nb.url(), "PATCH", "/api/dcim/devices/" + id + "/",
                    "{\"serial\": \"SN1\"}", TOKEN);

            JsonNode after = JSON.readTree(patched.body());
            assertThat(after.path("primary_ip4").isNull()).isTrue();
            assertThat(after.path("custom_fields").path("discovered_by").asText()).isEqualTo("scan");
            assertThat(after.path("serial").asText()).isEqualTo("SN1");
            assertThat(after.path("last_updated").asText()).isGreaterThanOrEqualTo(web.path("last_updated").asText());
        }
    }

    @Test
    void nameFiltersAreExactAndTheIeVariantIgnoresCase() throws Exception {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6)) {
            FakeSeed.small(nb);

            assertThat(count(nb, "/api/dcim/devices/?name=WEB01")).isZero();
            assertThat(count(nb, "/api/dcim/devices/?name__ie=WEB01")).isEqualTo(1);
            assertThat(count(nb, "/api/dcim/devices/?name=web01&name=sw1")).isEqualTo(2);
            assertThat(count(nb, "/api/ipam/ip-addresses/?address=10.0.0.11")).isEqualTo(1);
            assertThat(count(nb, "/api/ipam/ip-addresses/?address=10.0.0.11/32")).isZero();
            assertThat(count(nb, "/api/ipam/ip-addresses/?device_id=999")).isZero();
        }
    }

    private static int count(FakeNetBox nb, String path) throws Exception {
        RawHttp.Reply r = RawHttp.send(nb.url(), "GET", path, null, TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).path("count").asInt();
    }
}
