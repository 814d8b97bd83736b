package org.netboxauto.core.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** netbox.set-dns-name: new IP addresses carry their host's name as NetBox's dns_name takes it. */
class DnsNamePlanTest {

    @Test
    void aNewIpGetsTheHostsNameOnlyWhenAsked() {
        assertThat(dnsNameOf("pc2.lan.example.com", true)).contains("pc2.lan.example.com");
        assertThat(dnsNameOf("Kitchen Printer (2nd)", true)).contains("kitchen-printer-2nd");
        assertThat(dnsNameOf("pc2.lan.example.com", false)).isEmpty();
    }

    private static Optional<Object> dnsNameOf(String hostName, boolean set) {
        PushSettings base = PushPlannerTest.settings(false, Optional.of("hq"));
        PushSettings settings = new PushSettings(base.tag(), base.createMissing(), base.defaults(), base.kinds(),
                base.clusters(), base.scope(), set);
        PushPlan plan = PushPlanner.plan(List.of(PushPlannerTest.approved(PushPlannerTest.host(hostName, "10.0.1.5"))),
                PushPlannerTest.inventory(true, List.of(), List.of(), List.of(), Map.of()), settings, Set.of());
        PushAction ip = plan.actions().stream().filter(a -> a.summary().startsWith("create IP")).findFirst()
                .orElseThrow(() -> new AssertionError(plan.actions() + " " + plan.problems()));
        return Optional.ofNullable(ip.after().get("dns_name"));
    }
}
