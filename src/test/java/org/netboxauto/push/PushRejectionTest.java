package org.netboxauto.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.compare.Hosts;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.ActionOutcome.State;
import org.netboxauto.core.push.PushAction;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;

/** NetBox refusing writes that were valid when planned: its message reaches the admin field by field. */
class PushRejectionTest {

    @TempDir
    Path dir;

    @Test
    void aDuplicateNameInTheSiteFailsThatHostOnlyWithNetBoxsMessage() {
        try (PushLab lab = new PushLab(NetBoxMode.V4_6, dir, PushLab.DEFAULTS)) {
            FakeSeed.small(lab.nb);
            Host a = Hosts.host(List.of(MacAddress.of("02:00:00:00:01:01")), "kiosk", null, Map.of(), Set.of(),
                    "10.0.0.101");
            Host b = Hosts.host(List.of(MacAddress.of("02:00:00:00:01:02")), "till", null, Map.of(), Set.of(),
                    "10.0.0.102");
            lab.approved(List.of(a, b));
            PushPreview preview = lab.preview();
            // someone adds a device of the same name in the same site between preview and apply
            lab.nb.create("/api/dcim/devices/", "{\"name\": \"KIOSK\", \"device_type\": {\"slug\": \"server\"},"
                    + " \"role\": {\"slug\": \"server\"}, \"site\": {\"slug\": \"hq\"}}");

            PushReport report = lab.apply(preview);

            ActionOutcome kiosk = outcome(preview, report, "device kiosk");
            assertThat(kiosk.state()).isEqualTo(State.FAILED);
            assertThat(kiosk.message().orElseThrow()).isEqualTo("NetBox refused it: Device name must be unique per site.");
            assertThat(outcome(preview, report, "device till").state()).isEqualTo(State.OK);
            assertThat(report.outcomes().stream().filter(o -> o.state() == State.SKIPPED))
                    .allMatch(o -> o.message().orElseThrow().contains("device kiosk did not succeed"))
                    .isNotEmpty();
            assertThat(lab.push.lastPush(lab.config()).orElseThrow().failed()).isEqualTo(1);
        }
    }

    @Test
    void anIpMadePrimaryElsewhereMeanwhileIsRefusedFieldByField() {
        try (PushLab lab = new PushLab(NetBoxMode.V4_6, dir, PushLab.DEFAULTS)) {
            FakeSeed.small(lab.nb);
            Host fresh = Hosts.host(List.of(MacAddress.of("02:00:00:00:02:01")), "scanner", null, Map.of(), Set.of(),
                    "10.0.0.150");
            lab.approved(List.of(fresh));
            PushPreview preview = lab.preview();
            // the address appears on web01 and becomes its primary before the push runs
            long web = PushServiceTest.device(lab.nb, "web01").get("id").asLong();
            long eth0 = FakeSeed.interfaceId(lab.nb, web, "eth0");
            long ip = lab.nb.create("/api/ipam/ip-addresses/", "{\"address\": \"10.0.0.150/24\","
                    + " \"assigned_object_type\": \"dcim.interface\", \"assigned_object_id\": " + eth0 + "}")
                    .get("id").asLong();
            lab.nb.update("/api/dcim/devices/", web, "{\"primary_ip4\": " + ip + "}");

            PushReport report = lab.apply(preview);

            ActionOutcome created = outcome(preview, report, "IP 10.0.0.150/24");
            assertThat(created.state()).isEqualTo(State.FAILED);
            assertThat(created.message().orElseThrow()).startsWith("NetBox refused it: address:")
                    .contains("Duplicate IP address found in global table");
            assertThat(outcome(preview, report, "primary IPv4 of scanner").state()).isEqualTo(State.SKIPPED);
            assertThat(outcome(preview, report, "device scanner").state()).isEqualTo(State.OK);

            PushPreview replanned = lab.preview();
            assertThat(replanned.plan().problems()).anyMatch(p -> p.message().contains("10.0.0.150/24")
                    && p.message().contains("left there"));
        }
    }

    static ActionOutcome outcome(PushPreview preview, PushReport report, String labelStart) {
        List<PushAction> actions = preview.plan().actions();
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).label().startsWith(labelStart)) {
                return report.outcomes().get(i);
            }
        }
        throw new AssertionError("no action " + labelStart + " in " + actions.stream().map(PushAction::label).toList());
    }
}
