package org.netboxauto.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;

/**
 * {@code netbox.sites} end to end: hosts of two subnets pushed to the NetBox fake land in two sites, the
 * branch's with its location, tenant and VRF on their IPs, and a second push writes nothing.
 */
class SitesPushTest {

    private static final String SITES = PushLab.DEFAULTS + """
            netbox.sites = [
              { match { subnet = "10.1.0.0/16" }, site = branch, location = "floor-2", tenant = ops, vrf = blue }
              { match { subnet = "10.0.0.0/16" }, site = hq }
            ]
            """;

    @TempDir
    Path dir;

    private static Host host(String mac, String name, Map<String, Map<String, String>> evidence, String ip) {
        return Hosts.host(List.of(MacAddress.of(mac)), name, null, evidence, Set.of(), ip);
    }

    @Test
    void hostsOfTwoSubnetsLandInTwoSitesWithTheirVrfAndASecondPushWritesNothing() {
        try (PushLab lab = new PushLab(NetBoxMode.V4_6, dir, SITES)) {
            FakeSeed.catalog(lab.nb);
            long branch = id(lab.nb, "dcim.site", "Branch");
            long blue = lab.nb.create("/api/ipam/vrfs/", "{\"name\": \"blue\"}").get("id").asLong();
            lab.nb.create("/api/dcim/locations/", "{\"name\": \"Floor 2\", \"slug\": \"floor-2\", \"site\": " + branch
                    + "}");
            lab.nb.create("/api/ipam/prefixes/", "{\"prefix\": \"10.1.0.0/24\", \"vrf\": " + blue + "}");
            // more specific prefixes of other tables, which must not give the length
            long red = lab.nb.create("/api/ipam/vrfs/", "{\"name\": \"red\"}").get("id").asLong();
            lab.nb.create("/api/ipam/prefixes/", "{\"prefix\": \"10.1.0.0/26\", \"vrf\": " + red + "}");
            lab.nb.create("/api/ipam/prefixes/", "{\"prefix\": \"10.0.0.0/28\", \"vrf\": " + blue + "}");
            // global prefixes: the /16 holds the branch's addresses too, but is not of their VRF
            lab.nb.create("/api/ipam/prefixes/", "{\"prefix\": \"10.1.0.0/16\"}");
            lab.nb.create("/api/ipam/prefixes/", "{\"prefix\": \"10.0.0.0/25\"}");
            lab.approved(List.of(host("02:00:00:00:10:01", "b1-pc", Map.of(), "10.1.0.5"),
                    host("02:00:00:00:10:02", "hq-pc", Map.of(), "10.0.0.20"),
                    host("bc:24:11:00:10:09", "app09", Map.of("proxmox:pve", Map.of("vmid", "109", "node", "pve1",
                            "nic", "net0", "status", "running")), "10.1.0.9")));

            PushPreview preview = lab.preview();
            assertThat(preview.plan().problems()).isEmpty();
            PushReport report = lab.apply(preview);
            assertThat(report.outcomes()).allMatch(o -> o.state() == ActionOutcome.State.OK, report.outcomes().toString());

            JsonNode b1 = PushServiceTest.device(lab.nb, "b1-pc");
            assertThat(b1.path("site").path("slug").asText()).isEqualTo("branch");
            assertThat(b1.path("location").path("slug").asText()).isEqualTo("floor-2");
            assertThat(b1.path("tenant").path("slug").asText()).isEqualTo("ops");
            JsonNode hq = PushServiceTest.device(lab.nb, "hq-pc");
            assertThat(hq.path("site").path("slug").asText()).isEqualTo("hq");
            assertThat(hq.path("location").isNull() || hq.path("location").isMissingNode()).isTrue();
            JsonNode app = lab.nb.get("/api/virtualization/virtual-machines/", id(lab.nb,
                    "virtualization.virtualmachine", "app09"));
            assertThat(app.path("site").path("slug").asText()).isEqualTo("branch");
            assertThat(app.path("cluster").path("name").asText()).isEqualTo("pve");

            JsonNode b1Ip = ip(lab.nb, "10.1.0.5");
            assertThat(b1Ip.path("address").asText()).isEqualTo("10.1.0.5/24");
            assertThat(b1Ip.path("vrf").path("name").asText()).isEqualTo("blue");
            assertThat(b1Ip.path("tenant").path("slug").asText()).isEqualTo("ops");
            assertThat(ip(lab.nb, "10.1.0.9").path("vrf").path("name").asText()).isEqualTo("blue");
            JsonNode hqIp = ip(lab.nb, "10.0.0.20");
            assertThat(hqIp.path("address").asText()).isEqualTo("10.0.0.20/25");
            assertThat(hqIp.path("vrf").isNull() || hqIp.path("vrf").isMissingNode()).isTrue();
            assertThat(b1.path("primary_ip4").path("address").asText()).isEqualTo("10.1.0.5/24");
            assertThat(lab.nb.schemaViolations()).isEmpty();

            int requests = lab.nb.requests().size();
            PushPreview again = lab.preview();
            assertThat(again.plan().writes()).as(again.plan().actions().toString()).isZero();
            assertThat(again.plan().problems()).isEmpty();
            assertThat(lab.apply(again).outcomes()).isEmpty();
            assertThat(lab.nb.requests().subList(requests, lab.nb.requests().size()))
                    .noneMatch(r -> r.startsWith("POST") || r.startsWith("PATCH") || r.startsWith("DELETE"));
        }
    }

    private static long id(FakeNetBox nb, String type, String name) {
        return nb.rows(type).stream().filter(r -> r.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + name)).get("id").asLong();
    }

    private static JsonNode ip(FakeNetBox nb, String host) {
        return nb.get("/api/ipam/ip-addresses/", nb.rows("ipam.ipaddress").stream()
                .filter(i -> i.path("address").asText().startsWith(host + "/")).findFirst()
                .orElseThrow(() -> new AssertionError("no IP " + host)).get("id").asLong());
    }
}
