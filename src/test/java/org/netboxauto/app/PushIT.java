package org.netboxauto.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.push.PushStates;

/**
 * From the packaged launcher: discover (RouterOS and Proxmox peers) → approve → push to the NetBox
 * fake; then the same push killed at each write in turn, and run again.
 */
class PushIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void discoverApprovePushThenASecondPushWritesNothing() throws Exception {
        try (PushLabHome lab = new PushLabHome(home); FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6)) {
            Launcher launcher = lab.launcher;
            Map<String, String> env = PushLabHome.netbox(nb);
            discoverAndApprove(launcher, nb);

            Launcher.Result dry = launcher.run(env, "push", "--dry-run", "--format", "json");
            assertThat(dry.exit()).as(dry.err()).isZero();
            JsonNode plan = JSON.readTree(dry.out());
            assertThat(plan.path("writes").asInt()).isGreaterThan(10);
            assertThat(plan.path("counts").path("create").asInt()).isGreaterThan(5);
            assertThat(nb.writes()).as("a dry run writes nothing").isZero();
            // Proxmox's tag=20 on web01's net0, shown in the plan as a field like any other
            assertThat(plan.path("actions").findParents("key")).anySatisfy(a -> {
                assertThat(a.path("key").asText()).isEqualTo("vm-vlan:bc:24:11:5e:2a:01");
                assertThat(a.path("after").path("mode").asText()).isEqualTo("access");
                assertThat(a.path("after").path("untagged_vlan").asText())
                        .isEqualTo("#" + nb.rows("ipam.vlan").getFirst().get("id").asLong());
            });

            Launcher.Result unasked = launcher.run(env, "push");
            assertThat(unasked.exit()).isEqualTo(2);
            assertThat(unasked.out()).contains("Push plan for NetBox 4.6.0");
            assertThat(unasked.err()).contains("add --yes");
            assertThat(nb.writes()).isZero();

            Launcher.Result push = launcher.run(env, "push", "--yes");
            assertThat(push.exit()).as(push.out() + push.err()).isZero();
            assertThat(push.out()).contains("0 failed, 0 skipped");
            assertThat(push.err()).doesNotContain(FakeNetBox.V2_SECRET);

            JsonNode web01 = vm(nb, "web01");
            assertThat(web01.path("cluster").path("name").asText()).isEqualTo("pve");
            assertThat(web01.path("primary_ip4").path("address").asText()).startsWith("10.20.0.");
            assertThat(nb.rows("virtualization.vminterface")).isNotEmpty();
            JsonNode net0 = vmInterface(nb, web01, "net0");
            assertThat(net0.path("mode").path("value").asText()).isEqualTo("access");
            assertThat(net0.path("untagged_vlan").path("vid").asInt()).isEqualTo(20);
            assertThat(vmInterface(nb, web01, "net1").path("untagged_vlan").isNull()).as("net1 has no tag").isTrue();
            assertThat(vmInterface(nb, vm(nb, "dns1"), "net0").path("untagged_vlan").path("vid").asInt()).isEqualTo(20);
            assertThat(nb.rows("dcim.macaddress").size()).isGreaterThan(5);
            assertThat(nb.rows("dcim.device").stream().filter(d -> d.hasNonNull("primary_ip4")).count())
                    .isGreaterThan(3);
            assertThat(nb.rows("dcim.cable")).as("hosts on the bridge's ports are cabled to it").isNotEmpty();
            assertThat(PushStates.duplicates(nb)).isEmpty();
            assertThat(nb.schemaViolations()).isEmpty();

            Launcher.Result status = launcher.run(env, "status", "--json");
            JsonNode last = JSON.readTree(status.out()).path("lastPush");
            assertThat(last.path("failed").asInt()).isZero();
            assertThat(last.path("ok").asInt()).isEqualTo(last.path("actions").asInt()).isGreaterThan(10);

            long writes = nb.writes();
            Launcher.Result again = launcher.run(env, "push", "--yes");
            assertThat(again.exit()).as(again.err()).isZero();
            assertThat(again.out()).contains("nothing to write");
            assertThat(nb.writes()).isEqualTo(writes);
        }
    }

    @Test
    void killedAtEachWriteInTurnAReRunConvergesWithNoDuplicate() throws Exception {
        try (PushLabHome lab = new PushLabHome(home)) {
            Launcher launcher = lab.launcher;
            List<String> reference;
            long writes;
            try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6)) {
                discoverAndApprove(launcher, nb);
                Launcher.Result push = launcher.run(PushLabHome.netbox(nb), "push", "--yes");
                assertThat(push.exit()).as(push.err()).isZero();
                reference = PushStates.of(nb);
                writes = nb.writes();
            }
            for (int k = 0; k < writes; k++) {
                try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6)) {
                    seed(nb);
                    Map<String, String> env = PushLabHome.netbox(nb);
                    FakeNetBox.WriteHold hold = nb.holdAfterWrite(k);
                    Launcher.Running running = launcher.start(env, "push", "--yes");
                    assertThat(hold.reached(Duration.ofSeconds(60))).as("write %d reached", k).isTrue();
                    running.process().destroyForcibly().waitFor();
                    hold.release();

                    if (k == 0) {
                        Launcher.Result status = launcher.run(env, "status", "--json");
                        assertThat(JSON.readTree(status.out()).path("lastPush").path("finished").isNull())
                                .as("the journal shows the killed push unfinished").isTrue();
                    }
                    Launcher.Result rerun = launcher.run(env, "push", "--yes");
                    assertThat(rerun.exit()).as("re-run after a kill at write %d: %s", k, rerun.out()).isZero();
                    assertThat(rerun.out()).contains("stopped after");
                    assertThat(PushStates.of(nb)).as("killed at write %d", k).containsExactlyElementsOf(reference);
                }
            }
        }
    }

    private static void discoverAndApprove(Launcher launcher, FakeNetBox nb) throws Exception {
        Map<String, String> env = PushLabHome.netbox(nb);
        Launcher.Result discover = launcher.run(env, "discover");
        assertThat(discover.exit()).as(discover.err()).isZero();
        Launcher.Result approve = launcher.run(env, "approve", "--filter", "--state", "pending");
        assertThat(approve.exit()).as(approve.err()).isZero();
        seed(nb, launcher, env);
    }

    private static void seed(FakeNetBox nb) {
        FakeSeed.catalog(nb);
        nb.create("/api/ipam/vlans/", "{\"vid\": 20, \"name\": \"servers\"}");
        SWITCH_PORTS.forEach((sw, ports) -> switchWith(nb, sw, ports));
    }

    /** The switches and ports the discovered hosts sit on, as the admin has them in NetBox. */
    private static final Map<String, TreeSet<String>> SWITCH_PORTS = new TreeMap<>();

    private static void seed(FakeNetBox nb, Launcher launcher, Map<String, String> env) throws Exception {
        SWITCH_PORTS.clear();
        for (JsonNode h : JSON.readTree(launcher.run(env, "hosts", "--format", "json").out())) {
            if (!h.path("switch").isNull() && !h.path("port").isNull()) {
                SWITCH_PORTS.computeIfAbsent(h.path("switch").asText(), k -> new TreeSet<>()).add(h.path("port").asText());
            }
        }
        assertThat(SWITCH_PORTS).as("discovery located some hosts on switch ports").isNotEmpty();
        seed(nb);
    }

    private static void switchWith(FakeNetBox nb, String name, TreeSet<String> ports) {
        long id = nb.create("/api/dcim/devices/", "{\"name\": \"" + name + "\", \"device_type\": {\"slug\":"
                + " \"switch-8\"}, \"role\": {\"slug\": \"switch\"}, \"site\": {\"slug\": \"hq\"}}").get("id").asLong();
        for (String port : ports) {
            nb.create("/api/dcim/interfaces/", "{\"device\": " + id + ", \"name\": \"" + port + "\", \"type\":"
                    + " \"1000base-t\"}");
        }
    }

    private static JsonNode vmInterface(FakeNetBox nb, JsonNode vm, String name) {
        return nb.get("/api/virtualization/interfaces/", nb.rows("virtualization.vminterface").stream()
                .filter(i -> i.path("virtual_machine").asLong() == vm.path("id").asLong()
                        && i.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no interface " + name + " on " + vm.path("name").asText()))
                .get("id").asLong());
    }

    private static JsonNode vm(FakeNetBox nb, String name) {
        return nb.get("/api/virtualization/virtual-machines/", nb.rows("virtualization.virtualmachine").stream()
                .filter(v -> v.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no VM " + name)).get("id").asLong());
    }
}
