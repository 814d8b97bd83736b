package org.netboxauto.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.compare.Hosts;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;

/**
 * netbox.set-dns-name against the NetBox fake: new IPs carry the host's name, a nameless host's none, and an IP
 * whose dns_name was changed in NetBox gets the host's name back with one update.
 */
class DnsNamePushTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(NetBoxMode.class)
    void newIpsCarryTheHostsNameAsDnsName(NetBoxMode mode) {
        try (PushLab lab = new PushLab(mode, dir, PushLab.DEFAULTS + "netbox.set-dns-name = true\n")) {
            FakeSeed.small(lab.nb);
            Host named = Hosts.host(List.of(MacAddress.of("02:00:00:00:00:27")), "pc2.lan.example.com", null,
                    Map.of(), Set.of(), "10.0.0.27");
            Host nameless = Hosts.host(List.of(MacAddress.of("02:00:00:00:00:28")), null, null, Map.of(), Set.of(),
                    "10.0.0.28");
            lab.approved(List.of(named, nameless));

            PushPreview preview = lab.preview();
            PushReport report = lab.apply(preview);

            assertThat(report.outcomes()).allMatch(o -> o.state() == ActionOutcome.State.OK, report.outcomes().toString());
            assertThat(lab.nb.schemaViolations()).isEmpty();
            Map<String, String> dnsNames = new java.util.HashMap<>();
            for (JsonNode ip : lab.nb.rows("ipam.ipaddress")) {
                dnsNames.put(ip.path("address").asText().replaceAll("/.*", ""), ip.path("dns_name").asText());
            }
            assertThat(dnsNames).containsEntry("10.0.0.27", "pc2.lan.example.com").containsEntry("10.0.0.28", "");
            assertThat(lab.preview().plan().writes()).as("a second push writes nothing").isZero();

            long id = lab.nb.rows("ipam.ipaddress").stream().filter(ip -> ip.path("address").asText()
                    .startsWith("10.0.0.27/")).findFirst().orElseThrow().path("id").asLong();
            lab.nb.update("/api/ipam/ip-addresses/", id, "{\"dns_name\": \"old.example.com\"}");
            PushPreview fix = lab.preview();
            assertThat(fix.plan().actions()).singleElement().satisfies(a -> {
                assertThat(a.before()).containsEntry("dns_name", "old.example.com");
                assertThat(a.after()).containsEntry("dns_name", "pc2.lan.example.com");
            });
            assertThat(lab.apply(fix).outcomes()).allMatch(o -> o.state() == ActionOutcome.State.OK);
            assertThat(lab.nb.get("/api/ipam/ip-addresses/", id).path("dns_name").asText())
                    .isEqualTo("pc2.lan.example.com");
            assertThat(lab.preview().plan().writes()).isZero();
            assertThat(lab.nb.schemaViolations()).isEmpty();
        }
    }
}
