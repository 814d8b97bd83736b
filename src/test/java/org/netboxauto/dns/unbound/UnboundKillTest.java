package org.netboxauto.dns.unbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netboxauto.dns.unbound.UnboundFixture.app;
import static org.netboxauto.dns.unbound.UnboundFixture.host;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.UnboundConfig;
import org.netboxauto.core.dns.DnsHost;
import org.netboxauto.core.dns.DnsRecord;
import org.netboxauto.service.DnsApplyResult;
import org.netboxauto.service.DnsService;
import org.netboxauto.service.DnsTargetPlan;

/** sshd killed (SIGKILL) in the middle of an update: the include file is the old one or the new one, whole. */
class UnboundKillTest extends UnboundPeersTest {

    private AppConfig config;
    private DnsService service;
    private List<DnsRecord> oldRecords;
    private String oldText;

    @BeforeEach
    void oldState() throws Exception {
        config = app(peers.config(UnboundConfig.Mode.RELOAD));
        service = peers.service();
        List<DnsHost> old = List.of(host("00:50:56:00:00:01", "web01", "192.168.1.5"),
                host("00:50:56:00:00:02", "db01", "192.168.1.9"));
        DnsTargetPlan plan = service.preview(config, old, old).targets().getFirst();
        assertThat(service.apply(config, plan).ok()).isTrue();
        oldText = Files.readString(peers.unbound.includeFile());
        oldRecords = records(oldText);
        assertThat(oldRecords).hasSize(4);
    }

    /** Thousands of hosts, so that the upload takes a while. */
    private static List<DnsHost> many() {
        List<DnsHost> hosts = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            String mac = String.format("02:00:00:00:%02x:%02x", i >> 8, i & 0xFF);
            hosts.add(host(mac, "host-with-a-rather-long-name-" + i, "192.168." + (i / 250 + 1) + "." + (i % 250 + 1)));
        }
        return hosts;
    }

    private static List<DnsRecord> records(String text) {
        UnboundIncludeFile.Parsed parsed = UnboundIncludeFile.parse(text);
        assertThat(parsed.refusal()).as("the file parses whole").isEmpty();
        return parsed.records();
    }

    private DnsApplyResult pushMany(List<DnsHost> hosts) {
        DnsTargetPlan plan = service.preview(config, hosts, hosts).targets().getFirst();
        return service.apply(config, plan);
    }

    @Test
    void killedDuringTheUploadLeavesTheOldFile() throws Exception {
        Path fresh = Path.of(peers.unbound.includeFile() + ".netbox-auto-new");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong seenAtKill = new AtomicLong(-1);
        Thread killer = Thread.ofPlatform().start(() -> {
            while (!stop.get()) {
                try {
                    long size = Files.exists(fresh) ? Files.size(fresh) : 0;
                    if (size > 0) {
                        seenAtKill.set(size);
                        peers.ssh.kill();
                        return;
                    }
                } catch (Exception e) {
                    // the file came and went; look again
                }
                Thread.onSpinWait();
            }
        });
        List<DnsHost> hosts = many();
        DnsApplyResult result = pushMany(hosts);
        stop.set(true);
        killer.join();
        peers.ssh.restart();

        String text = Files.readString(peers.unbound.includeFile());
        long full = UnboundIncludeFile.render(desired(hosts)).length();
        System.out.println("[kill] sshd killed with " + seenAtKill.get() + " of " + full + " bytes uploaded; apply ok="
                + result.ok() + " " + result.error().orElse(""));
        if (seenAtKill.get() > 0 && seenAtKill.get() < full) {
            assertThat(result.ok()).isFalse();
            assertThat(result.error()).get().asString().startsWith("dns.unbound:")
                    .contains("127.0.0.1:" + peers.ssh.port(), "old or the new records");
            assertThat(text).isEqualTo(oldText);
        } else {
            List<DnsRecord> now = records(text);
            assertThat(now.equals(oldRecords) || new java.util.HashSet<>(now).equals(new java.util.HashSet<>(
                    desired(hosts)))).as("the old or the new records, whole").isTrue();
        }
        assertThat(peers.unbound.dig("web01.lan.example.com", "A")).containsExactly("192.168.1.5");
    }

    @Test
    void killedJustBeforeTheRenameLeavesTheOldFile() throws Exception {
        peers.recorder.beforeCommand = command -> {
            if (command.startsWith("mv -f") && command.contains(".netbox-auto-new")) {
                kill();
            }
        };
        DnsApplyResult result = pushMany(many());
        peers.recorder.beforeCommand = c -> { };
        peers.ssh.restart();
        assertThat(result.ok()).isFalse();
        assertThat(Files.readString(peers.unbound.includeFile())).isEqualTo(oldText);
        assertThat(records(oldText)).isEqualTo(oldRecords);
        // and the next push works over the leftovers
        assertThat(pushMany(List.of(host("00:50:56:00:00:01", "web01", "192.168.1.6"))).ok()).isTrue();
        assertThat(peers.unbound.dig("web01.lan.example.com", "A")).containsExactly("192.168.1.6");
    }

    @Test
    void killedJustAfterTheRenameLeavesTheWholeNewFile() throws Exception {
        peers.recorder.afterCommand = command -> {
            if (command.startsWith("mv -f") && command.contains(".netbox-auto-new")) {
                kill();
            }
        };
        List<DnsHost> hosts = many();
        DnsApplyResult result = pushMany(hosts);
        peers.recorder.afterCommand = c -> { };
        peers.ssh.restart();
        assertThat(result.ok()).isFalse();
        List<DnsRecord> now = records(Files.readString(peers.unbound.includeFile()));
        assertThat(now).containsExactlyInAnyOrderElementsOf(desired(hosts));
        assertThat(pushMany(List.of(host("00:50:56:00:00:01", "web01", "192.168.1.6"))).ok()).isTrue();
        assertThat(peers.unbound.dig("web01.lan.example.com", "A")).containsExactly("192.168.1.6");
    }

    private static List<DnsRecord> desired(List<DnsHost> hosts) {
        return org.netboxauto.core.dns.DnsPlanner.plan(new org.netboxauto.core.dns.DnsZones("dns.unbound",
                "lan.example.com", List.of("1.168.192.in-addr.arpa"), 3600), hosts, hosts,
                org.netboxauto.core.dns.DnsState.of(List.of())).changes().stream()
                .flatMap(c -> c.after().stream()).toList();
    }

    private static void kill() {
        try {
            peers.ssh.kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
