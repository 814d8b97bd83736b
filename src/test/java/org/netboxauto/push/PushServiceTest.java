package org.netboxauto.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.compare.Hosts;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;

/**
 * Push end to end against the NetBox fake in every release mode from 4.0 to 4.7: created, converged,
 * and a second push that writes nothing.
 */
public class PushServiceTest {

    @TempDir
    Path dir;

    public static List<Host> hosts() {
        Host web = Hosts.host(List.of(MacAddress.of(FakeSeed.SERVER_MAC)), "web01", null, Map.of(), Set.of(),
                "10.0.0.11");
        Host fresh = Hosts.host(List.of(MacAddress.of("02:00:00:00:00:77")), "laptop-7",
                new PortLocation("sw1", "ge-0/0/5", Optional.of(10)), Map.of(), Set.of(), "10.0.0.77");
        Host vm = Hosts.host(List.of(MacAddress.of("bc:24:11:00:00:09")), "app09", null,
                Map.of("proxmox:pve", Map.of("vmid", "109", "node", "pve1", "nic", "net0", "status", "running",
                        "nic-vlan", "bc:24:11:00:00:09=10")),
                Set.of(), "10.0.0.99");
        Host nameless = Hosts.host(List.of(MacAddress.of("02:00:00:00:00:88")), null, null, Map.of(), Set.of(),
                "10.0.0.88");
        return List.of(web, fresh, vm, nameless);
    }

    @ParameterizedTest
    @EnumSource(NetBoxMode.class)
    void createsDevicesAndVmsWithEverythingThenASecondPushWritesNothing(NetBoxMode mode) {
        try (PushLab lab = new PushLab(mode, dir, PushLab.DEFAULTS)) {
            FakeSeed.small(lab.nb);
            FakeSeed.prefix(lab.nb, "10.0.0.0/25", "hq");
            lab.approved(hosts());

            PushPreview preview = lab.preview();
            assertThat(preview.plan().problems()).isEmpty();
            PushReport report = lab.apply(preview);

            assertThat(report.outcomes()).allMatch(o -> o.state() == ActionOutcome.State.OK, report.outcomes().toString());
            JsonNode laptop = device(lab.nb, "laptop-7");
            assertThat(laptop.path("primary_ip4").path("address").asText()).isEqualTo("10.0.0.77/25");
            assertThat(laptop.path("tags").toString()).contains("netbox-auto");
            JsonNode app = lab.nb.get("/api/virtualization/virtual-machines/", lab.nb.rows("virtualization.virtualmachine")
                    .stream().filter(v -> v.path("name").asText().equals("app09")).findFirst().orElseThrow()
                    .get("id").asLong());
            assertThat(app.path("cluster").path("name").asText()).isEqualTo("pve");
            assertThat(app.path("primary_ip4").path("address").asText()).isEqualTo("10.0.0.99/25");
            if (mode.macObjects()) {
                assertThat(lab.nb.rows("dcim.macaddress").stream().map(m -> m.path("mac_address").asText()))
                        .contains("02:00:00:00:00:77", "BC:24:11:00:00:09");
            }
            assertThat(laptop.path("interface_count").asInt()).isEqualTo(1);
            JsonNode port = lab.nb.get("/api/dcim/interfaces/", lab.nb.rows("dcim.interface").stream()
                    .filter(i -> i.path("name").asText().equals("ge-0/0/5")).findFirst().orElseThrow().get("id").asLong());
            assertThat(port.path("mode").path("value").asText()).isEqualTo("access");
            assertThat(port.path("untagged_vlan").path("vid").asInt()).isEqualTo(10);
            JsonNode appNic = lab.nb.get("/api/virtualization/interfaces/", lab.nb.rows("virtualization.vminterface")
                    .stream().filter(i -> i.path("virtual_machine").asLong() == app.path("id").asLong()).findFirst()
                    .orElseThrow().get("id").asLong());
            assertThat(appNic.path("mode").path("value").asText()).isEqualTo("access");
            assertThat(appNic.path("untagged_vlan").path("name").asText()).isEqualTo("users");
            assertThat(lab.nb.rows("dcim.cable")).hasSize(2);
            assertThat(lab.nb.schemaViolations()).isEmpty();

            int requests = lab.nb.requests().size();
            PushPreview again = lab.preview();
            assertThat(again.plan().writes()).as(again.plan().actions().toString()).isZero();
            assertThat(lab.apply(again).outcomes()).isEmpty();
            assertThat(lab.nb.requests().subList(requests, lab.nb.requests().size()))
                    .noneMatch(r -> r.startsWith("POST") || r.startsWith("PATCH") || r.startsWith("DELETE"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = NetBoxMode.class, names = {"V4_1", "V4_6"})
    void aPreviewAsksNetBoxItsStatusOnceAndReadsNoPageTwice(NetBoxMode mode) {
        try (PushLab lab = new PushLab(mode, dir, PushLab.DEFAULTS)) {
            FakeSeed.small(lab.nb);
            lab.approved(hosts());
            int before = lab.nb.requests().size();

            PushPreview preview = lab.preview();

            List<String> requests = lab.nb.requests().subList(before, lab.nb.requests().size());
            assertThat(preview.readRequests()).as(requests.toString()).isEqualTo(requests.size());
            assertThat(requests).filteredOn(r -> r.startsWith("GET /api/status/")).hasSize(1);
            assertThat(requests).doesNotHaveDuplicates();
            assertThat(preview.version()).isEqualTo(mode == NetBoxMode.V4_1 ? "4.1.11" : "4.6.0");
        }
    }

    static JsonNode device(FakeNetBox nb, String name) {
        return nb.get("/api/dcim/devices/", nb.rows("dcim.device").stream()
                .filter(d -> d.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no device " + name)).get("id").asLong());
    }
}
