package org.netboxauto.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.ActionVerb;
import org.netboxauto.core.push.NbType;
import org.netboxauto.core.push.ObjectRef;
import org.netboxauto.core.push.PushAction;
import org.netboxauto.core.push.Stage;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;

/** Bulk writes where NetBox refuses some items: those fail with its message, the others are sent again. */
class NetBoxPushWriterTest {

    @ParameterizedTest
    @EnumSource(value = NetBoxMode.class, names = {"V4_6", "V4_7"})
    void aRefusedItemFailsAloneAndTheRestOfTheBatchIsCreated(NetBoxMode mode) {
        try (FakeNetBox nb = FakeNetBox.start(mode);
             HttpNetBoxClient client = NetBoxConfigs.client(nb.url(), FakeNetBox.V2_TOKEN)) {
            FakeSeed.small(nb);
            List<PushAction> batch = List.of(device("a", "kiosk"), device("b", "SW1"), device("c", "till"));
            long before = client.requestCount();

            List<ActionOutcome> outcomes = new NetBoxPushWriter(client, 200).send(batch,
                    ref -> ref instanceof ObjectRef.Existing e ? Optional.of(e.id()) : Optional.empty());

            assertThat(outcomes).extracting(ActionOutcome::state).containsExactly(ActionOutcome.State.OK,
                    ActionOutcome.State.FAILED, ActionOutcome.State.OK);
            assertThat(outcomes.get(1).message().orElseThrow()).startsWith("NetBox refused it: ")
                    .contains("unique per site");
            assertThat(client.requestCount() - before).as("the batch, then the two others again").isEqualTo(2);
            assertThat(nb.rows("dcim.device").stream().map(d -> d.path("name").asText()))
                    .contains("kiosk", "till").doesNotContain("SW1");
            assertThat(nb.schemaViolations()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = NetBoxMode.class, names = {"V4_1", "V4_6", "V4_7"})
    void twoUpdatesOfOneObjectAreNotSentInOneBulkRequest(NetBoxMode mode) {
        try (FakeNetBox nb = FakeNetBox.start(mode);
             HttpNetBoxClient client = NetBoxConfigs.client(nb.url(), mode.v2Tokens() ? FakeNetBox.V2_TOKEN
                     : FakeNetBox.V1_TOKEN)) {
            FakeSeed.small(nb);
            long web = nb.rows("dcim.device").stream().filter(d -> d.path("name").asText().equals("web01"))
                    .findFirst().orElseThrow().get("id").asLong();
            long printer = nb.rows("dcim.device").stream().filter(d -> d.path("name").asText().equals("printer"))
                    .findFirst().orElseThrow().get("id").asLong();
            List<PushAction> batch = List.of(update("s", web, Map.of("serial", "S-1")),
                    update("p", printer, Map.of("serial", "P-1")), update("d", web, Map.of("description", "rack 4")));

            List<ActionOutcome> outcomes = new NetBoxPushWriter(client, 200).send(batch,
                    ref -> ref instanceof ObjectRef.Existing e ? Optional.of(e.id()) : Optional.empty());

            assertThat(outcomes).extracting(ActionOutcome::key).containsExactly("s", "p", "d");
            assertThat(outcomes).allMatch(o -> o.state() == ActionOutcome.State.OK, outcomes.toString());
            assertThat(outcomes).extracting(o -> o.id().orElseThrow()).containsExactly(web, printer, web);
            assertThat(nb.get("/api/dcim/devices/", web).path("serial").asText()).isEqualTo("S-1");
            assertThat(nb.get("/api/dcim/devices/", web).path("description").asText()).isEqualTo("rack 4");
            assertThat(nb.schemaViolations()).isEmpty();
        }
    }

    private static PushAction update(String key, long device, Map<String, Object> fields) {
        return new PushAction(key, Stage.MACHINES, ActionVerb.UPDATE, NbType.DEVICE,
                Optional.of(new ObjectRef.Existing(NbType.DEVICE, device)), "device " + device, Optional.empty(),
                Map.of(), fields, List.of());
    }

    private static PushAction device(String key, String name) {
        return new PushAction(key, Stage.MACHINES, ActionVerb.CREATE, NbType.DEVICE, Optional.empty(),
                "device " + name, Optional.empty(), Map.of(), Map.of("name", name,
                        "site", new ObjectRef.Existing(NbType.SITE, 1), "role", new ObjectRef.Existing(NbType.ROLE, 1),
                        "device_type", new ObjectRef.Existing(NbType.DEVICE_TYPE, 1)), List.of());
    }
}
