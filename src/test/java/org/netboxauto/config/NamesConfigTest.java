package org.netboxauto.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.names.NameMethod;

/** The names section: off by default, every key read, every mistake named with its key. */
class NamesConfigTest {

    @TempDir
    Path dir;

    @Test
    void offByDefaultWithEveryMethodAtOneSecond() {
        NamesConfig names = AppConfig.defaults().names();
        assertThat(names.enabled()).isFalse();
        assertThat(names.methods()).containsExactly(NameMethod.PTR, NameMethod.NETBIOS, NameMethod.MDNS);
        assertThat(names.timeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(names.inFlight()).isEqualTo(256);
        assertThat(names.dnsServers()).isEmpty();
    }

    @Test
    void everyKeyRead() throws IOException {
        LoadedConfig loaded = new ConfigFixture(dir).load("""
                names { enabled = true, methods = [netbios, ptr], timeout = 300ms, in-flight = 32,
                  dns-servers = ["192.0.2.53", "127.0.0.1:5353", "[::1]:53", "2001:db8::53"] }
                netbox.set-dns-name = true
                """);
        assertThat(loaded.errors()).isEmpty();
        NamesConfig names = loaded.config().orElseThrow().names();
        assertThat(names.enabled()).isTrue();
        assertThat(loaded.config().orElseThrow().netbox().setDnsName()).isTrue();
        assertThat(AppConfig.defaults().netbox().setDnsName()).isFalse();
        assertThat(names.methods()).containsExactly(NameMethod.NETBIOS, NameMethod.PTR);
        assertThat(names.timeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(names.inFlight()).isEqualTo(32);
        assertThat(names.dnsServers()).extracting(InetSocketAddress::getPort).containsExactly(53, 5353, 53, 53);
        assertThat(names.dnsServers()).extracting(s -> s.getAddress().getHostAddress())
                .containsExactly("192.0.2.53", "127.0.0.1", "0:0:0:0:0:0:0:1", "2001:db8:0:0:0:0:0:53");
    }

    @Test
    void everyMistakeIsNamedWithItsKey() throws IOException {
        LoadedConfig loaded = new ConfigFixture(dir).load("""
                names { methods = [ptr, wins], timeout = 2h, in-flight = 0,
                  dns-servers = ["ns1.example.com", "127.0.0.1:70000"], retries = 3 }
                """);
        assertThat(loaded.errors()).extracting(ConfigProblem::describe)
                .anySatisfy(m -> assertThat(m).startsWith("names.methods: \"wins\" is not one of ptr, netbios, mdns"))
                .anySatisfy(m -> assertThat(m).startsWith("names.timeout: is longer than a minute"))
                .anySatisfy(m -> assertThat(m).startsWith("names.in-flight: 0 is out of range"))
                .anySatisfy(m -> assertThat(m).startsWith("names.dns-servers: \"ns1.example.com\" is not a name server"))
                .anySatisfy(m -> assertThat(m).startsWith("names.dns-servers: \"127.0.0.1:70000\" is not a name server"));
        assertThat(loaded.errors().toString() + loaded.warnings()).contains("names.retries");
    }
}
