package org.netboxauto.netbox.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where releases 4.0 to 4.7 differ for a sync client, over HTTP: status fields, token versions, a
 * prefix's site or scope, and bulk updates answered in the model's ordering with each release's errors.
 */
class FakeNetBoxReleasesTest {

    private static final String V1 = "Token " + FakeNetBox.V1_TOKEN;
    private static final String V2 = "Bearer " + FakeNetBox.V2_TOKEN;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(NetBoxMode.class)
    void statusTokensAndPrefixesAsEachReleaseHasThem(NetBoxMode mode) throws Exception {
        try (FakeNetBox nb = FakeNetBox.start(mode)) {
            FakeSeed.catalog(nb);
            FakeSeed.prefix(nb, "10.9.0.0/24", "hq");
            JsonNode status = JSON.readTree(RawHttp.send(nb.url(), "GET", "/api/status/", null, V1).body());
            assertThat(status.path("netbox-version").asText()).startsWith(mode.apiVersion() + ".");
            assertThat(status.path("netbox-version").asText().contains("-Docker-")).isEqualTo(!mode.macObjects()
                    || mode == NetBoxMode.V4_2);
            assertThat(status.has("netbox-full-version")).isEqualTo(mode.compareTo(NetBoxMode.V4_3) >= 0);
            assertThat(status.has("hostname")).isEqualTo(mode.compareTo(NetBoxMode.V4_4) >= 0);

            RawHttp.Reply v2 = RawHttp.send(nb.url(), "GET", "/api/dcim/sites/", null, V2);
            assertThat(v2.status()).isEqualTo(mode.v2Tokens() ? 200 : 403);

            JsonNode prefix = JSON.readTree(RawHttp.send(nb.url(), "GET", "/api/ipam/prefixes/", null, V1).body())
                    .path("results").get(0);
            if (mode.scopes()) {
                assertThat(prefix.path("scope_type").asText()).isEqualTo("dcim.site");
                assertThat(prefix.path("scope").path("slug").asText()).isEqualTo("hq");
                assertThat(prefix.has("site")).isFalse();
            } else {
                assertThat(prefix.path("site").path("slug").asText()).isEqualTo("hq");
                assertThat(prefix.has("scope_type")).isFalse();
            }
            assertThat(nb.schemaViolations()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(NetBoxMode.class)
    void aBulkUpdateAnswersInTheModelsOrderingWithoutTheIdsItDidNotFind(NetBoxMode mode) throws Exception {
        try (FakeNetBox nb = FakeNetBox.start(mode)) {
            FakeSeed.catalog(nb);
            List<Long> ids = new ArrayList<>();
            for (String name : List.of("node10", "Node9", "alpha", "node100")) {
                ids.add(nb.create("/api/dcim/devices/", "{\"name\": \"" + name + "\", \"device_type\": {\"slug\":"
                        + " \"switch-8\"}, \"role\": {\"slug\": \"switch\"}, \"site\": {\"slug\": \"hq\"}}")
                        .get("id").asLong());
            }
            String body = ids.stream().map(id -> "{\"id\": " + id + ", \"serial\": \"s" + id + "\"}")
                    .reduce((a, b) -> a + ", " + b).orElseThrow();
            RawHttp.Reply reply = RawHttp.send(nb.url(), "PATCH", "/api/dcim/devices/", "[" + body + "]", V1);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(names(JSON.readTree(reply.body()))).containsExactly("alpha", "Node9", "node10", "node100");

            RawHttp.Reply missing = RawHttp.send(nb.url(), "PATCH", "/api/dcim/devices/",
                    "[{\"id\": " + ids.get(0) + ", \"serial\": \"x\"}, {\"id\": 9999, \"serial\": \"y\"}]", V1);
            if (mode.indexedBulkErrors()) {
                assertThat(missing.status()).isEqualTo(400);
                assertThat(JSON.readTree(missing.body()).path("errors").get(0).path("id").asLong()).isEqualTo(9999);
            } else {
                assertThat(missing.status()).isEqualTo(200);
                assertThat(names(JSON.readTree(missing.body()))).containsExactly("node10");
            }

            // interfaces by device, then by name as naturalize_interface orders it
            long sw = ids.get(2);
            RawHttp.Reply ports = RawHttp.send(nb.url(), "PATCH", "/api/dcim/interfaces/", "["
                    + port(nb, ids.get(0), "ge-0/0/1") + ", " + port(nb, sw, "ge-0/0/8") + ", "
                    + port(nb, sw, "ge-0/0/2") + "]", V1);
            JsonNode answered = JSON.readTree(ports.body());
            assertThat(answered).extracting(i -> i.path("device").path("name").asText() + " " + i.path("name").asText())
                    .containsExactly("alpha ge-0/0/2", "alpha ge-0/0/8", "node10 ge-0/0/1");
            assertThat(nb.schemaViolations()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = NetBoxMode.class, names = {"V4_1", "V4_6", "V4_7"})
    void aRefusedBulkUpdateIsReportedAsEachReleaseDoes(NetBoxMode mode) throws Exception {
        try (FakeNetBox nb = FakeNetBox.start(mode)) {
            FakeSeed.small(nb);
            long web = nb.rows("dcim.device").stream().filter(d -> d.path("name").asText().equals("web01"))
                    .findFirst().orElseThrow().get("id").asLong();
            long printer = nb.rows("dcim.device").stream().filter(d -> d.path("name").asText().equals("printer"))
                    .findFirst().orElseThrow().get("id").asLong();
            RawHttp.Reply reply = RawHttp.send(nb.url(), "PATCH", "/api/dcim/devices/", "[{\"id\": " + web
                    + ", \"status\": \"nonsense\"}, {\"id\": " + printer + ", \"serial\": \"p1\"}]", V1);
            assertThat(reply.status()).isEqualTo(400);
            JsonNode body = JSON.readTree(reply.body());
            if (mode.indexedBulkErrors()) {
                assertThat(body.path("detail").asText()).isEqualTo("1 of 2 objects could not be updated.");
                assertThat(body.path("errors").get(0).path("id").asLong()).isEqualTo(web);
                assertThat(body.path("errors").get(0).path("errors").has("status")).isTrue();
            } else {
                assertThat(body.isObject()).isTrue();
                assertThat(body.has("status")).as("the first refused object's errors alone").isTrue();
            }
            assertThat(nb.get("/api/dcim/devices/", printer).path("serial").asText()).as("all or none").isEmpty();
        }
    }

    private static String port(FakeNetBox nb, long device, String name) {
        long id = FakeSeed.interfaceId(nb, device, name);
        return "{\"id\": " + id + ", \"description\": \"d\"}";
    }

    private static List<String> names(JsonNode rows) {
        List<String> names = new ArrayList<>();
        rows.forEach(r -> names.add(r.path("name").asText()));
        return names;
    }
}
