package org.netboxauto.dns.rfc2136;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.DnsConfig;
import org.netboxauto.config.Rfc2136Config;
import org.netboxauto.config.Secret;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.dns.DnsChange;
import org.netboxauto.core.dns.DnsHost;
import org.netboxauto.core.dns.DnsProblem;
import org.netboxauto.dns.DnsTarget;
import org.netboxauto.service.DnsApplyResult;
import org.netboxauto.service.DnsPreview;
import org.netboxauto.service.DnsService;
import org.netboxauto.service.DnsTargetPlan;
import org.netboxauto.service.DnsUnavailableException;
import org.netboxauto.testsupport.BindServer;

/** dns.rfc2136 against a real BIND 9 with a TSIG key, in zones that also hold records netbox-auto did not create. */
class Rfc2136TargetTest {

    private static BindServer bind;

    @BeforeAll
    static void startBind() throws Exception {
        bind = BindServer.start();
    }

    @AfterAll
    static void stopBind() throws Exception {
        if (bind != null) {
            bind.close();
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void removeWhatEarlierTestsLeft() {
        AppConfig config = app(config(bind.secret()));
        DnsService service = new DnsService();
        assertThat(service.apply(config, service.preview(config, List.of(), List.of()).targets().getFirst()).ok())
                .isTrue();
    }

    private static Rfc2136Config config(String secret) {
        return new Rfc2136Config(true, Optional.of("127.0.0.1"), bind.port(), Optional.of("lan.example.com"),
                List.of("1.168.192.in-addr.arpa"), 600, new Rfc2136Config.Tsig(Optional.of(BindServer.KEY_NAME),
                Rfc2136Config.Algorithm.HMAC_SHA256, Optional.of(new Secret(secret))));
    }

    private static AppConfig app(Rfc2136Config rfc) {
        AppConfig d = AppConfig.defaults();
        return new AppConfig(d.netbox(), d.store(), d.sources(), d.correlation(), d.review(),
                new DnsConfig(d.dns().unbound(), rfc), d.watch(), d.alerts());
    }

    private static DnsHost host(String mac, String name, String... ips) {
        return new DnsHost(MacAddress.of(mac), Optional.of(name), List.of(ips));
    }

    private static List<String> lines(DnsPreview preview) {
        return preview.targets().getFirst().changes().stream().map(DnsChange::line).toList();
    }

    @Test
    void recordsAreAddedChangedAndRemovedWithoutTouchingOthers() throws Exception {
        AppConfig config = app(config(bind.secret()));
        DnsService service = new DnsService();
        List<DnsHost> hosts = List.of(host("00:50:56:00:00:01", "app01", "192.168.1.50", "2001:db8::50"));

        DnsPreview preview = service.preview(config, hosts, hosts);
        DnsTargetPlan plan = preview.targets().getFirst();
        assertThat(plan.target()).isEqualTo("dns.rfc2136");
        assertThat(plan.where()).isEqualTo("RFC 2136 at 127.0.0.1:" + bind.port()
                + " zone lan.example.com and 1.168.192.in-addr.arpa");
        assertThat(lines(preview)).containsExactly("+ A app01.lan.example.com 192.168.1.50",
                "+ AAAA app01.lan.example.com 2001:db8::50", "+ PTR 50.1.168.192.in-addr.arpa app01.lan.example.com");
        assertThat(bind.dig("app01.lan.example.com", "A")).as("a preview writes nothing").isEmpty();

        assertThat(service.apply(config, plan)).isEqualTo(DnsApplyResult.done("dns.rfc2136"));
        assertThat(bind.dig("app01.lan.example.com", "A")).containsExactly("192.168.1.50");
        assertThat(bind.dig("app01.lan.example.com", "AAAA")).containsExactly("2001:db8::50");
        assertThat(bind.dig("50.1.168.192.in-addr.arpa", "PTR")).containsExactly("app01.lan.example.com.");
        assertThat(bind.dig("app01.lan.example.com", "TXT")).containsExactly("\"heritage=netbox-auto\"");
        assertThat(service.preview(config, hosts, hosts).targets().getFirst().changes()).as("converged").isEmpty();

        List<DnsHost> moved = List.of(host("00:50:56:00:00:01", "app01", "192.168.1.51"));
        DnsPreview change = service.preview(config, moved, moved);
        assertThat(lines(change)).containsExactly("~ A app01.lan.example.com 192.168.1.50 -> 192.168.1.51",
                "- AAAA app01.lan.example.com 2001:db8::50",
                "- PTR 50.1.168.192.in-addr.arpa app01.lan.example.com",
                "+ PTR 51.1.168.192.in-addr.arpa app01.lan.example.com");
        assertThat(service.apply(config, change.targets().getFirst())).isEqualTo(DnsApplyResult.done("dns.rfc2136"));
        assertThat(bind.dig("app01.lan.example.com", "A")).containsExactly("192.168.1.51");
        assertThat(bind.dig("app01.lan.example.com", "AAAA")).isEmpty();
        assertThat(bind.dig("50.1.168.192.in-addr.arpa", "TXT")).as("marker goes with the last record").isEmpty();

        DnsPreview removal = service.preview(config, List.of(), List.of());
        assertThat(lines(removal)).containsExactly("- A app01.lan.example.com 192.168.1.51",
                "- PTR 51.1.168.192.in-addr.arpa app01.lan.example.com");
        assertThat(service.apply(config, removal.targets().getFirst()).ok()).isTrue();
        assertThat(bind.dig("app01.lan.example.com", "ANY")).isEmpty();

        // what netbox-auto did not create is still there
        assertThat(bind.dig("mail.lan.example.com", "A")).containsExactly("192.168.1.25");
        assertThat(bind.dig("printer.lan.example.com", "TXT")).containsExactly("\"placed by hand\"");
        assertThat(bind.dig("25.1.168.192.in-addr.arpa", "PTR")).containsExactly("mail.lan.example.com.");
    }

    @Test
    void namesHeldByOtherRecordsAreProblemsNotChanges() throws Exception {
        AppConfig config = app(config(bind.secret()));
        List<DnsHost> hosts = List.of(host("00:50:56:00:00:02", "mail", "192.168.1.60"),
                host("00:50:56:00:00:03", "relay", "192.168.1.25"));
        DnsPreview preview = new DnsService().preview(config, hosts, hosts);
        assertThat(lines(preview)).as("an A whose PTR is someone else's, or a PTR to someone else's name, would"
                + " make forward and reverse lookups disagree").isEmpty();
        assertThat(preview.problems()).extracting(DnsProblem::message).containsExactlyInAnyOrder(
                "mail.lan.example.com already has records netbox-auto did not create in dns.rfc2136; not written:"
                        + " rename the host, or remove those records if the name is free",
                "25.1.168.192.in-addr.arpa already has records netbox-auto did not create in dns.rfc2136; not"
                        + " written: rename the host, or remove those records if the name is free",
                "60.1.168.192.in-addr.arpa is left as it is in dns.rfc2136: it shares an address or name with"
                        + " records that are not changed in this push, and forward and reverse records change together",
                "relay.lan.example.com is left as it is in dns.rfc2136: it shares an address or name with"
                        + " records that are not changed in this push, and forward and reverse records change together");
        assertThat(new DnsService().apply(config, preview.targets().getFirst()).ok()).isTrue();
        assertThat(bind.dig("mail.lan.example.com", "A")).containsExactly("192.168.1.25");
        assertThat(bind.dig("25.1.168.192.in-addr.arpa", "PTR")).containsExactly("mail.lan.example.com.");
        assertThat(bind.dig("relay.lan.example.com", "A")).isEmpty();
        assertThat(bind.dig("60.1.168.192.in-addr.arpa", "PTR")).isEmpty();
    }

    @Test
    void aConcurrentEditFailsThePrerequisiteInsteadOfBeingClobbered() throws Exception {
        AppConfig config = app(config(bind.secret()));
        Rfc2136Target target = Rfc2136Target.of(config.dns().rfc2136());
        DnsService service = new DnsService(c -> List.<DnsTarget>of(target));
        List<DnsHost> hosts = List.of(host("00:50:56:00:00:04", "race", "192.168.1.70"));
        DnsTargetPlan plan = service.preview(config, hosts, hosts).targets().getFirst();
        target.beforeSend(() -> {
            try {
                bind.nsupdate("update add race.lan.example.com 300 A 10.9.9.9");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        DnsApplyResult result = service.apply(config, plan);
        assertThat(result.ok()).isFalse();
        assertThat(result.error()).get().asString().startsWith("dns.rfc2136: the update of zone lan.example.com at"
                + " 127.0.0.1:" + bind.port() + " got YXDOMAIN: a prerequisite failed");
        assertThat(bind.dig("race.lan.example.com", "A")).containsExactly("10.9.9.9");
        bind.nsupdate("update delete race.lan.example.com A");
    }

    @Test
    void aWrongKeyIsAClearError() throws Exception {
        String wrong = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        AppConfig bad = app(config(wrong));
        List<DnsHost> hosts = List.of(host("00:50:56:00:00:05", "web", "192.168.1.80"));
        assertThatThrownBy(() -> new DnsService().preview(bad, hosts, hosts))
                .isInstanceOf(DnsUnavailableException.class)
                .hasMessageStartingWith("dns.rfc2136: 127.0.0.1:" + bind.port() + " did not accept the TSIG key"
                        + " netbox-auto")
                .hasMessageContaining("check dns.rfc2136.tsig.name, algorithm and secret")
                .hasMessageNotContaining(wrong);

        AppConfig good = app(config(bind.secret()));
        DnsTargetPlan plan = new DnsService().preview(good, hosts, hosts).targets().getFirst();
        DnsApplyResult result = new DnsService().apply(bad, plan);
        assertThat(result.ok()).isFalse();
        assertThat(result.error()).get().asString().startsWith("dns.rfc2136:").contains("TSIG key netbox-auto")
                .doesNotContain(wrong);
        assertThat(bind.dig("web.lan.example.com", "A")).isEmpty();
    }

    @Test
    void hostileNamesReachTheZoneOnlyAsReducedLabels() throws Exception {
        AppConfig config = app(config(bind.secret()));
        DnsService service = new DnsService();
        List<DnsHost> hosts = new java.util.ArrayList<>();
        List<String> corpus = org.netboxauto.testsupport.HostileNames.CORPUS;
        for (int i = 0; i < corpus.size(); i++) {
            hosts.add(new DnsHost(MacAddress.of(String.format("02:00:00:00:02:%02x", i)), Optional.of(corpus.get(i)),
                    List.of("192.168.1." + (100 + i))));
        }
        DnsPreview preview = service.preview(config, hosts, hosts);
        assertThat(service.apply(config, preview.targets().getFirst())).isEqualTo(DnsApplyResult.done("dns.rfc2136"));
        assertThat(bind.dig("x-rm-rf.lan.example.com", "A")).containsExactly("192.168.1.104");
        String zone = org.netboxauto.testsupport.ChildProcesses.run(List.of("dig", "@127.0.0.1", "-p",
                String.valueOf(bind.port()), "-y", "hmac-sha256:" + BindServer.KEY_NAME + ":" + bind.secret(),
                "+noall", "+answer", "lan.example.com", "AXFR"));
        List<String> owners = zone.lines().map(l -> l.split("\\s+")[0]).distinct().toList();
        assertThat(owners).hasSizeGreaterThan(20).allMatch(o -> o.matches("[a-z0-9.-]+\\."));
        assertThat(preview.problems()).extracting(DnsProblem::message).anyMatch(m -> m.contains("U+0435"));
    }
}
