package org.netboxauto.dns.rfc2136;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.DnsConfig;
import org.netboxauto.config.Rfc2136Config;
import org.netboxauto.config.Secret;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.dns.DnsChange;
import org.netboxauto.core.dns.DnsHost;
import org.netboxauto.service.DnsService;
import org.netboxauto.service.DnsTargetPlan;
import org.netboxauto.testsupport.BindServer;

/**
 * AAAA and ip6.arpa PTR through RFC 2136 updates to a real BIND 9: read back from its zone transfer in RFC 5952,
 * so another spelling of the same address changes nothing, and moved together when the address changes.
 */
class Rfc2136Ipv6Test {

    private static final String REVERSE = "8.b.d.0.1.0.0.2.ip6.arpa";
    private static final String PTR_5 = "5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa";
    private static final String PTR_7 = "7.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa";

    private static List<String> push(DnsService service, AppConfig config, String ip) {
        List<DnsHost> hosts = List.of(new DnsHost(MacAddress.of("00:50:56:00:00:71"), Optional.of("v6app"),
                List.of(ip, "fe80::250:56ff:fe00:71")));
        DnsTargetPlan plan = service.preview(config, hosts, hosts).targets().getFirst();
        assertThat(plan.error()).isEmpty();
        assertThat(service.apply(config, plan).ok()).isTrue();
        return plan.changes().stream().map(DnsChange::line).toList();
    }

    @Test
    void aaaaAndIp6ArpaPtrAreWrittenReadBackCanonicallyAndMoveTogether() throws Exception {
        try (BindServer bind = BindServer.start(List.of(REVERSE))) {
            AppConfig d = AppConfig.defaults();
            AppConfig config = new AppConfig(d.netbox(), d.store(), d.sources(), d.correlation(), d.review(),
                    new DnsConfig(d.dns().unbound(), new Rfc2136Config(true, Optional.of("127.0.0.1"), bind.port(),
                            Optional.of("lan.example.com"), List.of(REVERSE), 600, new Rfc2136Config.Tsig(
                            Optional.of(BindServer.KEY_NAME), Rfc2136Config.Algorithm.HMAC_SHA256,
                            Optional.of(new Secret(bind.secret()))))), d.watch(), d.alerts());
            DnsService service = new DnsService();

            assertThat(push(service, config, "2001:DB8:0:0:0:0:0:5")).containsExactly(
                    "+ AAAA v6app.lan.example.com 2001:db8::5", "+ PTR " + PTR_5 + " v6app.lan.example.com");
            assertThat(bind.dig("v6app.lan.example.com", "AAAA")).containsExactly("2001:db8::5");
            assertThat(bind.dig(PTR_5, "PTR")).containsExactly("v6app.lan.example.com.");
            assertThat(push(service, config, "2001:0db8::0005")).isEmpty();

            push(service, config, "2001:db8::7");
            assertThat(bind.dig("v6app.lan.example.com", "AAAA")).containsExactly("2001:db8::7");
            assertThat(bind.dig(PTR_7, "PTR")).containsExactly("v6app.lan.example.com.");
            assertThat(bind.dig(PTR_5, "PTR")).isEmpty();
        }
    }
}
