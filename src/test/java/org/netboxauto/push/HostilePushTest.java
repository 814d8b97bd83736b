package org.netboxauto.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostNames;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.PeerText;
import org.netboxauto.core.compare.Hosts;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.PushAction;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;
import org.netboxauto.testsupport.HostileNames;
import org.netboxauto.testsupport.Peers;
import org.netboxauto.testsupport.SshServer;
import org.netboxauto.testsupport.UnboundServer;

/**
 * The hostile-name corpus, approved, through the push plan into NetBox (the fake checks every payload
 * against NetBox's schema) and into Unbound over a real sshd: nothing is executed, every name arrives
 * whole or the host gets a clear refusal, and no name adds a record or a directive of its own.
 */
class HostilePushTest {

    @TempDir
    Path dir;

    @Test
    void everyHostileNameArrivesWholeOrIsRefusedClearlyAndNothingRuns() throws Exception {
        Peers.require(Files.isExecutable(SshServer.SSHD), "OpenSSH sshd", "apt-get install openssh-server unbound");
        Path ranA = dir.resolve("ran-a");
        Path ranB = dir.resolve("ran-b");
        List<String> corpus = new ArrayList<>(HostileNames.CORPUS);
        corpus.addAll(List.of("ten-kB-" + "k".repeat(10_000), "$(touch " + ranA + ")", "`touch " + ranB + "`",
                "\u001b]0;owned\u0007\u001b[2J\u009b31m", "x\nlocal-zone: \"evil.\" static",
                "x".repeat(63) + "\uD83D\uDE00-emoji-across-netbox-limit"));
        Map<MacAddress, String> names = new HashMap<>();
        List<Host> hosts = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            String mac = String.format("02:00:00:01:%02x:%02x", i >> 8, i & 0xff);
            // as every collector does at its edge, and an observation with a name too long for DNS
            Optional<String> name = new Observation("routeros:core", Instant.EPOCH, MacAddress.of(mac), List.of(),
                    HostNames.clean(corpus.get(i))).hostname();
            // a host without a usable name is named after its MAC
            names.put(MacAddress.of(mac), name.orElse("host-" + mac.replace(":", "")));
            hosts.add(Hosts.host(List.of(MacAddress.of(mac)), name.orElse(null), null, Map.of(), Set.of(),
                    "10.0.0." + (100 + i)));
        }
        try (SshServer ssh = SshServer.start(); UnboundServer unbound = UnboundServer.start();
             PushLab lab = new PushLab(NetBoxMode.V4_6, dir, PushLab.DEFAULTS + """
                     dns.unbound {
                       enabled = true, ssh-host = "127.0.0.1", ssh-port = %d, ssh-user = "%s", key-file = "%s",
                       known-hosts = "%s", include-file = "%s", zone = "lan.example.com",
                       reverse-zones = ["0.0.10.in-addr.arpa"], unbound-control = "%s", unbound-checkconf = "%s"
                     }
                     """.formatted(ssh.port(), ssh.user(), ssh.clientKey(), ssh.knownHosts(), unbound.includeFile(),
                     unbound.control(), unbound.checkconf()))) {
            FakeSeed.small(lab.nb);
            lab.approved(hosts);

            List<String> seeded = netBoxNames(lab);
            PushPreview preview = lab.preview();
            Stream.concat(preview.plan().problems().stream().map(Object::toString),
                    preview.plan().actions().stream().map(PushAction::label))
                    .forEach(text -> assertThat(PeerText.isUnsafe(text)).as("raw control text in %s", text).isFalse());
            PushReport report = lab.apply(preview);

            assertThat(lab.nb.schemaViolations()).as("payloads NetBox would refuse as malformed").isEmpty();
            Map<String, ActionOutcome> outcomes = new HashMap<>();
            report.outcomes().forEach(o -> outcomes.put(o.key(), o));
            List<String> inNetBox = netBoxNames(lab);
            for (var host : names.entrySet()) {
                String name = host.getValue();
                boolean told = preview.plan().problems().stream()
                        .anyMatch(p -> p.host().equals(Optional.of(host.getKey())))
                        || preview.plan().actions().stream().filter(a -> a.host().equals(Optional.of(host.getKey())))
                        .anyMatch(a -> outcomes.containsKey(a.key())
                                && outcomes.get(a.key()).state() == ActionOutcome.State.FAILED
                                && outcomes.get(a.key()).message().isPresent());
                assertThat(inNetBox.contains(name) || told).as("\"%s\" reached NetBox whole or the plan said why not",
                        PeerText.escape(name)).isTrue();
            }
            List<String> said = preview.plan().problems().stream().map(p -> p.subject()).toList();
            assertThat(inNetBox).as("no name cut short without a word, none broken")
                    .allMatch(n -> names.containsValue(n) || seeded.contains(n) || said.contains(n))
                    .allMatch(n -> n.codePoints()
                            .noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE));
            assertThat(unbound.dig("evil.", "A")).as("a name added a zone of its own").isEmpty();
            for (String line : Files.readAllLines(unbound.includeFile())) {
                assertThat(line).as("the include file holds only comments and one quoted record a line")
                        .matches("\\s*(#.*|server:|local-data: \"[a-z0-9.-]+\\. [0-9]+ IN (A|AAAA|PTR) [a-z0-9.:-]+\")?");
            }
            assertThat(report.dnsOutcomes()).allSatisfy(o -> assertThat(PeerText.isUnsafe(o.toString())).isFalse());
            String added = preview.dnsChanges().stream().map(l -> l.change().line()).filter(l -> l.startsWith("+ A "))
                    .findFirst().orElseThrow().split(" ")[2];
            assertThat(unbound.dig(added, "A")).as("the names DNS took resolve").isNotEmpty();
        }
        assertThat(ranA).as("$(…) was executed").doesNotExist();
        assertThat(ranB).as("backticks were executed").doesNotExist();
    }

    private static List<String> netBoxNames(PushLab lab) {
        return Stream.concat(lab.nb.rows("dcim.device").stream(), lab.nb.rows("virtualization.virtualmachine").stream())
                .map(r -> r.path("name").asText()).toList();
    }
}
