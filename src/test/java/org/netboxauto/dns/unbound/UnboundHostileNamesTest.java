package org.netboxauto.dns.unbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netboxauto.dns.unbound.UnboundFixture.app;
import static org.netboxauto.dns.unbound.UnboundFixture.host;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.UnboundConfig;
import org.netboxauto.core.dns.DnsHost;
import org.netboxauto.core.dns.DnsProblem;
import org.netboxauto.service.DnsPreview;
import org.netboxauto.service.DnsService;

/**
 * Host names as hostile DHCP clients send them, pushed to a real Unbound over real SSH: the file holds
 * only reduced names and fixed syntax, and every command sent is one of the fixed ones.
 */
class UnboundHostileNamesTest extends UnboundPeersTest {

    static final List<String> CORPUS = org.netboxauto.testsupport.HostileNames.CORPUS;


    static List<DnsHost> hosts() {
        List<DnsHost> hosts = new ArrayList<>();
        for (int i = 0; i < CORPUS.size(); i++) {
            hosts.add(host(String.format("02:00:00:00:01:%02x", i), CORPUS.get(i), "192.168.1." + (i + 10)));
        }
        return hosts;
    }

    @ParameterizedTest
    @EnumSource(UnboundConfig.Mode.class)
    void nothingHostileReachesTheFileOrACommand(UnboundConfig.Mode mode) throws Exception {
        AppConfig config = app(peers.config(mode));
        DnsService service = peers.service();
        List<DnsHost> hosts = hosts();
        DnsPreview preview = service.preview(config, hosts, hosts);
        assertThat(service.apply(config, preview.targets().getFirst()).ok()).isTrue();

        String file = peers.unbound.includeFile().toString();
        String text = Files.readString(peers.unbound.includeFile());
        for (String line : text.split("\n")) {
            assertThat(line).matches("# [A-Za-z :,.-]+|server:"
                    + "|    local-data: \"[a-z0-9.-]+\\. 3600 IN (A [0-9.]+|PTR [a-z0-9.-]+\\.)\"");
        }
        String control = peers.unbound.control().toString();
        Set<String> fixed = Set.of("cp -p " + file + " " + file + ".netbox-auto-old",
                "mv -f " + file + ".netbox-auto-new " + file, peers.unbound.checkconf().toString(),
                control + " reload", control + " status", control + " local_datas", control + " local_datas_remove",
                "rm -f " + file + ".netbox-auto-old");
        assertThat(peers.recorder.commands).isNotEmpty().allMatch(fixed::contains);
        assertThat(peers.recorder.written).containsOnly(file + ".netbox-auto-new");

        assertThat(text).contains("\"x-rm-rf.lan.example.com. 3600 IN A ", "\"reboot.lan.example.com.",
                "\"id.lan.example.com.", "\"" + "a".repeat(63) + ".lan.example.com.", "\"web-01.lan.example.com.",
                "\"upper.lan.example.com.", "\"dots.lan.example.com.", "\"xn--80ak6aa92e.lan.example.com.")
                .doesNotContain("6.6.6.6", "redirect\"", "/");
        assertThat(peers.unbound.dig("x-rm-rf.lan.example.com", "A")).containsExactly("192.168.1.14");
        assertThat(peers.unbound.dig("evil", "A")).isEmpty();

        // the ones with nothing left, or with look-alike letters, are reported, never written
        assertThat(preview.problems()).extracting(DnsProblem::message)
                .anyMatch(m -> m.contains("U+0435"))
                .anyMatch(m -> m.startsWith("name \"\" is empty"))
                .anyMatch(m -> m.startsWith("name \"-\" has no letters or digits"))
                .allMatch(m -> m.chars().noneMatch(c -> c < 0x20));
    }
}
