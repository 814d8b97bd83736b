package org.netboxauto.dns.unbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netboxauto.dns.unbound.UnboundFixture.app;
import static org.netboxauto.dns.unbound.UnboundFixture.host;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.UnboundConfig;
import org.netboxauto.core.dns.DnsChange;
import org.netboxauto.core.dns.DnsHost;
import org.netboxauto.service.DnsService;
import org.netboxauto.service.DnsTargetPlan;

/**
 * AAAA and ip6.arpa PTR in a real Unbound over a real sshd, in both modes: written in RFC 5952 whatever spelling
 * the host had, moved together when the address changes, and no record for a link-local address.
 */
class UnboundIpv6Test extends UnboundPeersTest {

    private static final String REVERSE = "8.b.d.0.1.0.0.2.ip6.arpa";
    private static final String PTR_5 = "5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa";
    private static final String PTR_7 = "7.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa";

    private static AppConfig config(UnboundConfig.Mode mode) {
        UnboundConfig base = peers.config(mode);
        return app(new UnboundConfig(true, base.sshHost(), base.sshPort(), base.sshUser(), base.keyFile(),
                Optional.empty(), base.knownHosts(), base.includeFile(), base.zone(), List.of(REVERSE), base.ttl(), mode,
                base.unboundControl(), base.unboundCheckconf(), false));
    }

    private static List<String> push(DnsService service, AppConfig config, List<DnsHost> hosts) {
        DnsTargetPlan plan = service.preview(config, hosts, hosts).targets().getFirst();
        assertThat(service.apply(config, plan).ok()).isTrue();
        return plan.changes().stream().map(DnsChange::line).toList();
    }

    @ParameterizedTest
    @EnumSource(UnboundConfig.Mode.class)
    void aaaaAndIp6ArpaPtrAreServedAndMoveTogether(UnboundConfig.Mode mode) throws Exception {
        AppConfig config = config(mode);
        DnsService service = peers.service();

        List<String> lines = push(service, config, List.of(host("00:50:56:00:00:61", "v6web",
                "2001:DB8:0:0:0:0:0:5", "fe80::250:56ff:fe00:61")));
        assertThat(lines).containsExactly("+ AAAA v6web.lan.example.com 2001:db8::5",
                "+ PTR " + PTR_5 + " v6web.lan.example.com");
        assertThat(peers.unbound.dig("v6web.lan.example.com", "AAAA")).containsExactly("2001:db8::5");
        assertThat(peers.unbound.dig(PTR_5, "PTR")).containsExactly("v6web.lan.example.com.");

        push(service, config, List.of(host("00:50:56:00:00:61", "v6web", "2001:db8::7")));
        assertThat(peers.unbound.dig("v6web.lan.example.com", "AAAA")).containsExactly("2001:db8::7");
        assertThat(peers.unbound.dig(PTR_7, "PTR")).containsExactly("v6web.lan.example.com.");
        assertThat(peers.unbound.dig(PTR_5, "PTR")).isEmpty();

        assertThat(push(service, config, List.of(host("00:50:56:00:00:61", "v6web", "2001:0db8::0007")))).isEmpty();
    }
}
