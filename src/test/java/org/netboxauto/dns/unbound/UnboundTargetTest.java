package org.netboxauto.dns.unbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.netboxauto.dns.unbound.UnboundFixture.app;
import static org.netboxauto.dns.unbound.UnboundFixture.host;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netboxauto.testsupport.Peers;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.UnboundConfig;
import org.netboxauto.core.dns.DnsChange;
import org.netboxauto.core.dns.DnsHost;
import org.netboxauto.service.DnsApplyResult;
import org.netboxauto.service.DnsPreview;
import org.netboxauto.service.DnsService;
import org.netboxauto.service.DnsTargetPlan;
import org.netboxauto.service.DnsUnavailableException;
import org.netboxauto.testsupport.ChildProcesses;

/** dns.unbound against a real OpenSSH sshd and a real Unbound, checked with dig. */
class UnboundTargetTest extends UnboundPeersTest {


    private static DnsTargetPlan only(DnsPreview preview) {
        assertThat(preview.targets()).hasSize(1);
        return preview.targets().getFirst();
    }

    private static List<String> lines(DnsTargetPlan plan) {
        return plan.changes().stream().map(DnsChange::line).toList();
    }

    private static DnsApplyResult push(DnsService service, AppConfig config, List<DnsHost> hosts) {
        DnsTargetPlan plan = only(service.preview(config, hosts, hosts));
        return service.apply(config, plan);
    }

    @Test
    void appliedRecordsAreServedAndFollowChanges() throws Exception {
        AppConfig config = app(peers.config(UnboundConfig.Mode.RELOAD));
        DnsService service = peers.service();
        List<DnsHost> hosts = List.of(host("00:50:56:00:00:01", "Web01", "192.168.1.5"));

        DnsTargetPlan plan = only(service.preview(config, hosts, hosts));
        assertThat(plan.target()).isEqualTo("dns.unbound");
        assertThat(plan.where()).isEqualTo("unbound at 127.0.0.1:" + peers.ssh.port() + " "
                + peers.unbound.includeFile());
        assertThat(lines(plan)).containsExactly("+ A web01.lan.example.com 192.168.1.5",
                "+ PTR 5.1.168.192.in-addr.arpa web01.lan.example.com");
        assertThat(peers.recorder.commands).as("a preview writes nothing").isEmpty();
        assertThat(peers.recorder.written).isEmpty();

        assertThat(service.apply(config, plan)).isEqualTo(DnsApplyResult.done("dns.unbound"));
        assertThat(peers.unbound.dig("web01.lan.example.com", "A")).containsExactly("192.168.1.5");
        assertThat(peers.unbound.dig("5.1.168.192.in-addr.arpa", "PTR")).containsExactly("web01.lan.example.com.");
        assertThat(Files.readString(peers.unbound.includeFile())).startsWith(UnboundIncludeFile.MARKER);
        assertThat(only(service.preview(config, hosts, hosts)).changes()).as("converged").isEmpty();

        List<DnsHost> moved = List.of(host("00:50:56:00:00:01", "web01", "192.168.1.6"));
        DnsTargetPlan change = only(service.preview(config, moved, moved));
        assertThat(lines(change)).containsExactly("~ A web01.lan.example.com 192.168.1.5 -> 192.168.1.6",
                "- PTR 5.1.168.192.in-addr.arpa web01.lan.example.com",
                "+ PTR 6.1.168.192.in-addr.arpa web01.lan.example.com");
        assertThat(service.apply(config, change).ok()).isTrue();
        assertThat(peers.unbound.dig("web01.lan.example.com", "A")).containsExactly("192.168.1.6");
        assertThat(peers.unbound.dig("5.1.168.192.in-addr.arpa", "PTR")).isEmpty();

        DnsTargetPlan removal = only(service.preview(config, List.of(), List.of()));
        assertThat(lines(removal)).containsExactly("- A web01.lan.example.com 192.168.1.6",
                "- PTR 6.1.168.192.in-addr.arpa web01.lan.example.com");
        assertThat(service.apply(config, removal).ok()).isTrue();
        assertThat(peers.unbound.dig("web01.lan.example.com", "A")).isEmpty();
        assertThat(peers.recorder.commands).contains(peers.unbound.control() + " reload")
                .noneMatch(c -> c.contains("local_data"));
    }

    @Test
    void withSudoEveryCommandGoesThroughSudoAndTheRecordsAreServed() throws Exception {
        Peers.require(Files.isExecutable(Path.of("/usr/bin/sudo")), "sudo", "apt-get install sudo");
        AppConfig config = app(peers.config(UnboundConfig.Mode.RELOAD, true));
        DnsService service = peers.service();
        List<DnsHost> hosts = List.of(host("00:50:56:00:00:02", "files", "192.168.1.7"));

        assertThat(service.apply(config, only(service.preview(config, hosts, hosts))).ok()).isTrue();

        assertThat(peers.unbound.dig("files.lan.example.com", "A")).containsExactly("192.168.1.7");
        // only the removal of the user's own upload runs without sudo
        assertThat(peers.recorder.commands).isNotEmpty().allMatch(c -> c.startsWith("sudo -n ")
                || c.matches("rm -f /tmp/netbox-auto-[0-9a-f]+\\.conf"));
        assertThat(peers.recorder.written).allMatch(w -> w.startsWith("/tmp/netbox-auto-"));
    }

    @Test
    void liveModeFeedsUnboundControlWithoutReload() throws Exception {
        AppConfig config = app(peers.config(UnboundConfig.Mode.LIVE));
        DnsService service = peers.service();
        List<DnsHost> hosts = List.of(host("00:50:56:00:00:01", "web01", "192.168.1.5"),
                host("00:50:56:00:00:02", "db01", "192.168.1.9"));
        assertThat(push(service, config, hosts).ok()).isTrue();
        assertThat(peers.unbound.dig("db01.lan.example.com", "A")).containsExactly("192.168.1.9");

        List<DnsHost> changed = List.of(host("00:50:56:00:00:01", "web01", "192.168.1.7"));
        assertThat(push(service, config, changed).ok()).isTrue();
        assertThat(peers.unbound.dig("web01.lan.example.com", "A")).containsExactly("192.168.1.7");
        assertThat(peers.unbound.dig("db01.lan.example.com", "A")).isEmpty();
        assertThat(peers.unbound.dig("9.1.168.192.in-addr.arpa", "PTR")).isEmpty();
        assertThat(peers.recorder.commands).contains(peers.unbound.control() + " local_datas",
                peers.unbound.control() + " local_datas_remove").doesNotContain(peers.unbound.control() + " reload");
    }

    /** web01 at 192.168.1.5 pushed; the include file as it then is. */
    private String web01Pushed(DnsService service, AppConfig config) throws Exception {
        assertThat(push(service, config, List.of(host("00:50:56:00:00:01", "web01", "192.168.1.5"))).ok()).isTrue();
        return Files.readString(peers.unbound.includeFile());
    }

    @Test
    void checkconfFailureLeavesTheOldFileAndTheOldAnswers() throws Exception {
        AppConfig config = app(peers.config(UnboundConfig.Mode.RELOAD));
        DnsService service = peers.service();
        String before = web01Pushed(service, config);
        peers.recorder.commands.clear();
        String mainConfig = Files.readString(peers.unbound.config());
        try {
            // someone else broke the main configuration: the whole check fails
            Files.writeString(peers.unbound.config(), mainConfig + "server:\n    no-such-option: yes\n");
            DnsApplyResult result = push(service, config, List.of(host("00:50:56:00:00:01", "web01", "192.168.1.6")));
            assertThat(result.ok()).isFalse();
            assertThat(result.error()).get().asString().startsWith("dns.unbound: " + peers.unbound.checkconf())
                    .contains("rejected the configuration", "no-such-option", "was put back",
                            "127.0.0.1:" + peers.ssh.port());
        } finally {
            Files.writeString(peers.unbound.config(), mainConfig);
        }
        assertThat(Files.readString(peers.unbound.includeFile())).isEqualTo(before);
        assertThat(peers.unbound.dig("web01.lan.example.com", "A")).containsExactly("192.168.1.5");
        String file = peers.unbound.includeFile().toString();
        assertThat(peers.recorder.commands).containsExactly("cp -p " + file + " " + file + ".netbox-auto-old",
                "mv -f " + file + ".netbox-auto-new " + file, peers.unbound.checkconf().toString(),
                "mv -f " + file + ".netbox-auto-old " + file);
    }

    @Test
    void anUnboundThatDoesNotComeBackFromTheReloadIsReportedAndTheOldFilePutBack() throws Exception {
        AppConfig config = app(peers.config(UnboundConfig.Mode.RELOAD));
        DnsService service = peers.service();
        String before = web01Pushed(service, config);
        String reload = peers.unbound.control() + " reload";
        // the reload is answered, then Unbound dies while it reads the configuration again
        peers.recorder.afterCommand = command -> {
            if (command.equals(reload)) {
                try {
                    peers.unbound.kill();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        DnsApplyResult result;
        try {
            result = push(service, config, List.of(host("00:50:56:00:00:01", "web01", "192.168.1.6")));
        } finally {
            peers.recorder.afterCommand = c -> { };
            peers.unbound.restart();
        }
        assertThat(result.ok()).isFalse();
        assertThat(result.error()).get().asString().startsWith("dns.unbound: Unbound did not come back after "
                + reload).contains("was put back", "127.0.0.1:" + peers.ssh.port());
        assertThat(Files.readString(peers.unbound.includeFile())).isEqualTo(before);
        assertThat(peers.unbound.dig("web01.lan.example.com", "A")).containsExactly("192.168.1.5");
    }

    @Test
    void aFileNetboxAutoDidNotWriteIsRefusedAndKept() throws Exception {
        String foreign = "server:\n    local-zone: \"lan.example.com.\" static\n";
        Files.writeString(peers.unbound.includeFile(), foreign);
        AppConfig config = app(peers.config(UnboundConfig.Mode.RELOAD));
        List<DnsHost> hosts = List.of(host("00:50:56:00:00:01", "web01", "192.168.1.5"));
        assertThatThrownBy(() -> peers.service().preview(config, hosts, hosts))
                .isInstanceOf(DnsUnavailableException.class)
                .hasMessageContaining("was not written by netbox-auto (line 1 (\"server:\")")
                .hasMessageContaining("dns.unbound.include-file");
        assertThat(Files.readString(peers.unbound.includeFile())).isEqualTo(foreign);
    }

    @Test
    void aPlanThatNoLongerMatchesTheFileIsRefused() throws Exception {
        AppConfig config = app(peers.config(UnboundConfig.Mode.RELOAD));
        DnsService service = peers.service();
        List<DnsHost> first = List.of(host("00:50:56:00:00:01", "web01", "192.168.1.5"));
        assertThat(push(service, config, first).ok()).isTrue();
        List<DnsHost> second = List.of(host("00:50:56:00:00:01", "web01", "192.168.1.6"));
        DnsTargetPlan stale = only(service.preview(config, second, second));
        List<DnsHost> meanwhile = List.of(host("00:50:56:00:00:01", "web01", "192.168.1.7"));
        assertThat(push(service, config, meanwhile).ok()).isTrue();
        String now = Files.readString(peers.unbound.includeFile());

        DnsApplyResult result = service.apply(config, stale);
        assertThat(result.ok()).isFalse();
        assertThat(result.error()).get().asString().contains("changed since the preview",
                "A web01.lan.example.com 192.168.1.5 is no longer there", "Preview the push again");
        assertThat(Files.readString(peers.unbound.includeFile())).isEqualTo(now);
    }

    @Test
    void anUnknownHostKeyIsRefusedWithItsFingerprint() throws Exception {
        java.nio.file.Path empty = Files.createTempFile(peers.ssh.dir(), "known_hosts", "");
        UnboundConfig base = peers.config(UnboundConfig.Mode.RELOAD);
        AppConfig config = app(withKnownHosts(base, empty));
        String fingerprint = ChildProcesses.run(List.of("ssh-keygen", "-l", "-f", peers.ssh.hostPublicKey().toString()))
                .split(" ")[1];
        List<DnsHost> hosts = List.of(host("00:50:56:00:00:01", "web01", "192.168.1.5"));
        assertThatThrownBy(() -> peers.service().preview(config, hosts, hosts))
                .hasMessageStartingWith("dns.unbound: the host key of 127.0.0.1:" + peers.ssh.port() + " is not in "
                        + empty)
                .hasMessageContaining("ssh-ed25519 " + fingerprint)
                .hasMessageContaining("ssh-keyscan -p " + peers.ssh.port() + " 127.0.0.1");
        assertThat(fingerprint).startsWith("SHA256:");

        // a known_hosts line for this host with another key: refused as a changed key
        String otherKey = Files.readString(peers.ssh.clientKey().resolveSibling("client_key.pub")).strip();
        Files.writeString(empty, "[127.0.0.1]:" + peers.ssh.port() + " " + otherKey + "\n");
        assertThatThrownBy(() -> peers.service().preview(config, hosts, hosts))
                .hasMessageContaining("differs from the one in " + empty)
                .hasMessageContaining(fingerprint);
        assertThat(peers.recorder.commands).isEmpty();
    }

    @Test
    void aRevokedHostKeyIsRefusedEvenWhenAlsoListedAsKnown() throws Exception {
        java.nio.file.Path knownHosts = Files.createTempFile(peers.ssh.dir(), "known_hosts", "");
        String hostKey = Files.readString(peers.ssh.knownHosts()).strip();
        String key = hostKey.substring(hostKey.indexOf(' ') + 1);
        Files.writeString(knownHosts, hostKey + "\n@revoked * " + key + "\n");
        AppConfig config = app(withKnownHosts(peers.config(UnboundConfig.Mode.RELOAD), knownHosts));
        List<DnsHost> hosts = List.of(host("00:50:56:00:00:01", "web01", "192.168.1.5"));
        assertThatThrownBy(() -> peers.service().preview(config, hosts, hosts))
                .hasMessageStartingWith("dns.unbound: the host key of 127.0.0.1:" + peers.ssh.port())
                .hasMessageContaining("is marked @revoked in " + knownHosts);
        assertThat(peers.recorder.commands).isEmpty();
    }

    @Test
    void aKeyTheServerDoesNotKnowAndAMissingPassphraseAreClearErrors() throws Exception {
        java.nio.file.Path stranger = peers.ssh.dir().resolve("stranger");
        ChildProcesses.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", stranger.toString()));
        UnboundConfig base = peers.config(UnboundConfig.Mode.RELOAD);
        UnboundConfig wrongKey = new UnboundConfig(true, base.sshHost(), base.sshPort(), base.sshUser(),
                java.util.Optional.of(stranger), base.keyPassphraseEnv(), base.knownHosts(), base.includeFile(),
                base.zone(), base.reverseZones(), base.ttl(), base.mode(), base.unboundControl(),
                base.unboundCheckconf(), false);
        assertThatThrownBy(() -> peers.service().preview(app(wrongKey), List.of(), List.of()))
                .hasMessageContaining("127.0.0.1:" + peers.ssh.port() + " did not accept the key " + stranger
                        + " for user " + peers.ssh.user());

        java.nio.file.Path locked = peers.ssh.encryptedClientKey("s3cret-pass");
        UnboundConfig withPassphrase = new UnboundConfig(true, base.sshHost(), base.sshPort(), base.sshUser(),
                java.util.Optional.of(locked), java.util.Optional.of("TEST_SSH_PASSPHRASE"), base.knownHosts(),
                base.includeFile(), base.zone(), base.reverseZones(), base.ttl(), base.mode(), base.unboundControl(),
                base.unboundCheckconf(), false);
        assertThatThrownBy(() -> DnsService.withEnvironment(name -> null).preview(app(withPassphrase), List.of(),
                List.of())).hasMessageContaining("TEST_SSH_PASSPHRASE, which is not set");
        DnsPreview ok = DnsService.withEnvironment(name -> name.equals("TEST_SSH_PASSPHRASE") ? "s3cret-pass" : null)
                .preview(app(withPassphrase), List.of(), List.of());
        assertThat(ok.targets()).singleElement().extracting(DnsTargetPlan::changes).asList().isEmpty();
    }

    @Test
    void nothingListeningIsAClearError() throws Exception {
        UnboundConfig b = peers.config(UnboundConfig.Mode.RELOAD);
        int closed = ChildProcesses.freePort();
        UnboundConfig nowhere = new UnboundConfig(true, b.sshHost(), closed, b.sshUser(), b.keyFile(),
                b.keyPassphraseEnv(), b.knownHosts(), b.includeFile(), b.zone(), b.reverseZones(), b.ttl(), b.mode(),
                b.unboundControl(), b.unboundCheckconf(), false);
        assertThatThrownBy(() -> peers.service().preview(app(nowhere), List.of(), List.of()))
                .hasMessageStartingWith("dns.unbound: cannot connect to 127.0.0.1:" + closed)
                .hasMessageContaining("check dns.unbound.ssh-host and ssh-port");
    }

    @Test
    void noEnabledTargetContactsNothing() {
        DnsPreview preview = new DnsService().preview(AppConfig.defaults(),
                List.of(host("00:50:56:00:00:01", "web01", "192.168.1.5")), List.of());
        assertThat(preview.targets()).isEmpty();
        assertThat(preview.problems()).isEmpty();
        DnsApplyResult result = new DnsService().apply(AppConfig.defaults(),
                new DnsTargetPlan("dns.unbound", "unbound at nowhere", List.of()));
        assertThat(result.error()).contains("dns.unbound is not enabled in this configuration; set"
                + " dns.unbound.enabled = true or preview the push again");
    }

    static UnboundConfig withKnownHosts(UnboundConfig b, java.nio.file.Path knownHosts) {
        return new UnboundConfig(true, b.sshHost(), b.sshPort(), b.sshUser(), b.keyFile(), b.keyPassphraseEnv(),
                knownHosts, b.includeFile(), b.zone(), b.reverseZones(), b.ttl(), b.mode(), b.unboundControl(),
                b.unboundCheckconf(), b.sudo());
    }
}
