package org.netboxauto.netbox.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netboxauto.netbox.HttpNetBoxClient;
import org.netboxauto.netbox.NetBoxConfigs;
import org.netboxauto.netbox.NetBoxQuery;

/** Everything the fake returns for a seeded inventory fits NetBox's schema, in every mode. */
class FakeNetBoxSchemaTest {

    @ParameterizedTest
    @EnumSource(NetBoxMode.class)
    void everyListAndDetailAnswerFitsTheSchema(NetBoxMode mode) {
        try (FakeNetBox nb = FakeNetBox.start(mode); HttpNetBoxClient client = NetBoxConfigs.client(nb.url(),
                FakeNetBox.V1_TOKEN)) {
            FakeSeed.small(nb);
            for (FakeType type : FakeType.ALL) {
                if (type.contentType().equals("dcim.macaddress") && !mode.macObjects()) {
                    continue;
                }
                List<JsonNode> rows = client.list(type.path(), NetBoxQuery.NONE);
                for (JsonNode row : rows) {
                    client.get(type.path() + row.get("id").asLong() + "/");
                }
            }
            assertThat(nb.schemaViolations()).isEmpty();
            JsonNode web = client.list("/api/dcim/devices/", NetBoxQuery.of("name", "web01")).getFirst();
            assertThat(web.path("primary_ip4").path("address").asText()).isEqualTo("10.0.0.11/24");
            assertThat(web.path("status").path("label").asText()).isEqualTo("Active");
            assertThat(web.path("custom_fields").path("discovered_by").asText()).isEqualTo("scan");
            JsonNode eth0 = client.list("/api/dcim/interfaces/", NetBoxQuery.of("device_id", web.get("id").asText()))
                    .getFirst();
            assertThat(eth0.path("mac_address").asText()).isEqualTo(FakeSeed.SERVER_MAC);
            assertThat(eth0.path("link_peers").get(0).path("name").asText()).isEqualTo("ge-0/0/3");
            assertThat(eth0.path("link_peers").get(0).path("device").path("name").asText()).isEqualTo("sw1");
        }
    }
}
