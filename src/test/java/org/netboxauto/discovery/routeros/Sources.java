package org.netboxauto.discovery.routeros;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.netboxauto.config.RouterOsSource;
import org.netboxauto.config.RouterOsSource.Table;
import org.netboxauto.config.RouterOsSource.Transport;
import org.netboxauto.config.Secret;
import org.netboxauto.config.TlsConfig;

/** Source configs pointing at a test peer on loopback. */
final class Sources {

    static final String KEY = "sources.routeros[0]";
    static final String PASSWORD = "s3cret=pass";
    static final List<Table> ALL = List.of(Table.DHCP_LEASES, Table.ARP, Table.BRIDGE_HOSTS,
            Table.IPV6_NEIGHBORS, Table.DHCPV6_BINDINGS);

    private Sources() {
    }

    static RouterOsSource api(int port) {
        return source(Transport.API, port, PASSWORD, TlsConfig.SYSTEM, Duration.ofSeconds(5));
    }

    static RouterOsSource source(Transport transport, int port, String password, TlsConfig tls, Duration timeout) {
        return new RouterOsSource("core-router", "127.0.0.1", transport, port, "admin", new Secret(password), tls,
                ALL, timeout);
    }

    static TlsConfig pinned(String fingerprint) {
        return new TlsConfig(Optional.empty(), Optional.of(fingerprint.replace(":", "")));
    }

    static TlsConfig caFile(Path pem) {
        return new TlsConfig(Optional.of(pem), Optional.empty());
    }

    static RouterOsCollector collector(RouterOsSource source) {
        return new RouterOsCollector(source, KEY);
    }
}
