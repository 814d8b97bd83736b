package org.netboxauto.netbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;

class HttpNetBoxClientTest {

    @Test
    void readsTheVersionWithAV1Token() {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6);
             HttpNetBoxClient client = NetBoxConfigs.client(nb.url(), FakeNetBox.V1_TOKEN)) {
            assertThat(client.version()).isEqualTo(new NetBoxVersion(4, 6, 0));
        }
    }

    @Test
    void sendsAV2TokenAsBearer() {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_7);
             HttpNetBoxClient client = NetBoxConfigs.client(nb.url(), FakeNetBox.V2_TOKEN)) {
            assertThat(client.version()).isEqualTo(new NetBoxVersion(4, 7, 0));
            assertThat(TokenHeader.of(new org.netboxauto.config.Secret(FakeNetBox.V2_TOKEN))).startsWith("Bearer nbt_");
        }
    }

    @Test
    void toleratesTheDockerSuffixOfOlderReleases() {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_1);
             HttpNetBoxClient client = NetBoxConfigs.client(nb.url(), FakeNetBox.V1_TOKEN)) {
            NetBoxVersion version = client.version();

            assertThat(version).isEqualTo(new NetBoxVersion(4, 1, 11));
            assertThat(version.hasMacObjects()).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.7.8", "4.8.0-Docker-6.0.0", "5.0.1"})
    void refusesUnsupportedReleasesNamingThem(String reported) {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6).reportingVersion(reported);
             HttpNetBoxClient client = NetBoxConfigs.client(nb.url(), FakeNetBox.V1_TOKEN)) {
            assertThatThrownBy(client::version).isInstanceOf(NetBoxException.class)
                    .hasMessageContaining("NetBox " + reported + " is not supported")
                    .hasMessageContaining("4.0 to 4.7")
                    .hasMessageContaining(nb.url().toString());
        }
    }

    @Test
    void aRefusedTokenNamesTheConfigKeyButNeverTheToken() {
        String wrong = "1111111111111111111111111111111111111111";
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6);
             HttpNetBoxClient client = NetBoxConfigs.client(nb.url(), wrong)) {
            assertThatThrownBy(client::version).isInstanceOf(NetBoxAccessDenied.class)
                    .hasMessageContaining("403 Invalid v1 token")
                    .hasMessageContaining("netbox.token")
                    .hasMessageNotContaining(wrong);
        }
    }

    @Test
    void followsNextPageByPageAndNeverAsksForLimitZero() {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6);
             HttpNetBoxClient client = HttpNetBoxClient.of(NetBoxConfigs.of(nb.url(), FakeNetBox.V1_TOKEN,
                     org.netboxauto.config.TlsConfig.SYSTEM, 4, null), NetBoxConfigs.FAST_RETRY)) {
            FakeSeed.small(nb);

            List<JsonNode> interfaces = client.list("/api/dcim/interfaces/", NetBoxQuery.NONE);

            assertThat(interfaces).hasSize(nb.rows("dcim.interface").size()).hasSizeGreaterThan(8);
            assertThat(interfaces.stream().map(i -> i.get("id").asLong()).distinct().count())
                    .isEqualTo(interfaces.size());
            assertThat(nb.requests()).filteredOn(r -> r.contains("/api/dcim/interfaces/"))
                    .hasSize((interfaces.size() + 3) / 4)
                    .noneMatch(r -> r.contains("limit=0"));
        }
    }

    @Test
    void retriesReadsOnBusyAndGatewayErrorsAndDroppedConnections() {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6);
             HttpNetBoxClient client = NetBoxConfigs.client(nb.url(), FakeNetBox.V1_TOKEN)) {
            FakeSeed.small(nb);
            nb.failNext(503, 429, 502);

            assertThat(client.list("/api/dcim/devices/", NetBoxQuery.NONE)).hasSize(3);
            assertThat(client.requestCount()).isEqualTo(4);

            nb.dropNextConnection();
            assertThat(client.list("/api/dcim/sites/", NetBoxQuery.NONE)).hasSize(2);
        }
    }

    @Test
    void givesUpAfterTheLastAttemptWithTheStatus() {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6);
             HttpNetBoxClient client = NetBoxConfigs.client(nb.url(), FakeNetBox.V1_TOKEN)) {
            nb.failNext(504, 504, 504, 504);

            assertThatThrownBy(() -> client.list("/api/dcim/devices/", NetBoxQuery.NONE))
                    .isInstanceOf(NetBoxException.class).hasMessageContaining("504");
            assertThat(client.requestCount()).isEqualTo(NetBoxConfigs.FAST_RETRY.attempts());
        }
    }

    @Test
    void writesAreRetriedOnlyWhenNetBoxDidNothing() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6);
             HttpNetBoxClient client = NetBoxConfigs.client(nb.url(), FakeNetBox.V1_TOKEN)) {
            nb.failNext(429);
            client.create("/api/extras/tags/", json.readTree("{\"name\": \"a\", \"slug\": \"a\"}"));
            assertThat(nb.rows("extras.tag")).hasSize(1);

            nb.failNext(502);
            assertThatThrownBy(() -> client.create("/api/extras/tags/", json.readTree("{\"name\": \"b\","
                    + " \"slug\": \"b\"}"))).hasMessageContaining("502");
            assertThat(nb.rows("extras.tag")).hasSize(1);
        }
    }

    @Test
    void aRefusedWriteKeepsNetBoxsMessagePerField() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6);
             HttpNetBoxClient client = NetBoxConfigs.client(nb.url(), FakeNetBox.V1_TOKEN)) {
            FakeSeed.small(nb);

            assertThatThrownBy(() -> client.create("/api/dcim/devices/", json.readTree("{\"name\": \"WEB01\","
                    + " \"device_type\": 1, \"role\": 1, \"site\": 1, \"status\": \"up\"}")))
                    .isInstanceOfSatisfying(NetBoxRequestRejected.class, e -> assertThat(e.fieldErrors())
                            .containsEntry("status", List.of("\"up\" is not a valid choice.")))
                    .hasMessageContaining("POST " + nb.url() + "/api/dcim/devices/");
            assertThatThrownBy(() -> client.create("/api/dcim/devices/", json.readTree("{\"name\": \"SW1\","
                    + " \"device_type\": 1, \"role\": 1, \"site\": 1, \"tenant\": null}")))
                    .isInstanceOfSatisfying(NetBoxRequestRejected.class, e -> assertThat(e.fieldErrors())
                            .containsEntry("__all__", List.of("Device name must be unique per site.")));
        }
    }

    @Test
    void anAddressWhereNothingListensNamesHostAndPortAndTheKey() {
        try (HttpNetBoxClient client = NetBoxConfigs.client(java.net.URI.create("http://127.0.0.1:9"),
                FakeNetBox.V1_TOKEN)) {
            assertThatThrownBy(client::version).isInstanceOf(NetBoxUnreachable.class)
                    .hasMessageContaining("127.0.0.1:9").hasMessageContaining("netbox.url");
        }
    }
}
