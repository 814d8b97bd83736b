package org.netboxauto.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.Cidr;

/** sources.kea[] and sources.dnsmasq[]: what they read, and every mistake reported with its key. */
class LeaseSourcesConfigTest {

    @TempDir
    Path dir;

    @Test
    void aKeaServerAndTwoLeaseFilesRead() throws IOException {
        Path key = Files.writeString(dir.resolve("id_ed25519"), "key");
        Path known = Files.writeString(dir.resolve("known_hosts"), "");
        Path pass = Files.writeString(dir.resolve("kea.pass"), "s3cret\n");
        LoadedConfig loaded = new ConfigFixture(dir).load("""
                sources.kea = [ { name = dhcp, url = "https://kea.lan:8000/", username = reader, password-file = "%s",
                                  subnets = ["10.1.0.0/16", "fd00::/64"], services = [dhcp4], page-size = 500 } ]
                sources.dnsmasq = [
                  { name = pihole, ssh { host = pihole.lan, user = pi, key-file = "%s", known-hosts = "%s" },
                    lease-file = /etc/pihole/dhcp.leases }
                  { name = local, path = /var/lib/misc/dnsmasq.leases }
                ]
                """.formatted(pass, key, known));
        assertThat(loaded.errors()).isEmpty();
        SourcesConfig sources = loaded.config().orElseThrow().sources();
        KeaSource kea = sources.kea().getFirst();
        assertThat(kea.password()).hasValueSatisfying(p -> assertThat(p.reveal()).isEqualTo("s3cret"));
        assertThat(kea.subnets()).containsExactly(Cidr.parse("10.1.0.0/16"), Cidr.parse("fd00::/64"));
        assertThat(kea.services()).containsExactly(KeaSource.Service.DHCP4);
        assertThat(kea.servicesExplicit()).isTrue();
        assertThat(kea.pageSize()).isEqualTo(500);
        assertThat(kea.timeout()).isEqualTo(Duration.ofSeconds(60));
        DnsmasqSource pihole = sources.dnsmasq().getFirst();
        assertThat(pihole.ssh()).hasValueSatisfying(s -> {
            assertThat(s.host()).isEqualTo("pihole.lan");
            assertThat(s.port()).isEqualTo(22);
            assertThat(s.keyPrefix()).isEqualTo("sources.dnsmasq[0].ssh");
        });
        assertThat(pihole.leaseFile()).isEqualTo("/etc/pihole/dhcp.leases");
        assertThat(sources.dnsmasq().get(1).path()).hasValue(Path.of("/var/lib/misc/dnsmasq.leases"));
        assertThat(sources.any()).isTrue();
    }

    @Test
    void everyMistakeIsNamedWithItsKey() throws IOException {
        LoadedConfig loaded = new ConfigFixture(dir).load("""
                sources.kea = [
                  { name = a, url = "kea.lan:8000", username = reader, subnets = ["10.0.0.0/33"], services = [dhcp5] }
                  { name = a, url = "http://kea.lan:8000/", password = x, page-size = 0 }
                  { name = c, url = "http://kea.lan:8000/", username = r, password = x }
                  { name = d, url = "http://127.0.0.1:8000/", username = r, password = x }
                ]
                sources.dnsmasq = [
                  { name = b }
                  { name = c, path = /x, ssh { host = h, user = u, key-file = /nonexistent/key } , lease-file = rel }
                ]
                """);
        assertThat(loaded.errors()).extracting(ConfigProblem::describe)
                .anySatisfy(m -> assertThat(m).startsWith("sources.kea[0].url: \"kea.lan:8000\" is not a URL"))
                .anySatisfy(m -> assertThat(m).startsWith("sources.kea[0].password: is required with username"))
                .anySatisfy(m -> assertThat(m).startsWith("sources.kea[0].subnets: \"10.0.0.0/33\" is not a subnet"))
                .anySatisfy(m -> assertThat(m).startsWith("sources.kea[0].services: \"dhcp5\" is not one of dhcp4, dhcp6"))
                .anySatisfy(m -> assertThat(m).startsWith("sources.kea[1].username: is required with password"))
                .anySatisfy(m -> assertThat(m).startsWith("sources.kea[1].page-size: 0 is out of range"))
                .anySatisfy(m -> assertThat(m).startsWith("sources.kea[1].name: \"a\" is used by another kea source"))
                .anySatisfy(m -> assertThat(m).startsWith("sources.dnsmasq[0].path: is required"))
                .anySatisfy(m -> assertThat(m).startsWith("sources.dnsmasq[1].path: is set together with ssh"))
                .anySatisfy(m -> assertThat(m).startsWith("sources.dnsmasq[1].ssh.key-file: cannot read /nonexistent/key"))
                .anySatisfy(m -> assertThat(m).startsWith("sources.dnsmasq[1].lease-file: \"rel\" is not an absolute path"));
        assertThat(loaded.warnings()).extracting(ConfigProblem::describe)
                .anySatisfy(m -> assertThat(m).startsWith("sources.kea[2].url").contains("plain http"))
                .noneSatisfy(m -> assertThat(m).startsWith("sources.kea[3].url"))
                .noneSatisfy(m -> assertThat(m).startsWith("sources.kea[1].url"));
    }
}
