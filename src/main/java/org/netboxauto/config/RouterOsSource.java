package org.netboxauto.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A MikroTik RouterOS router or switch read over the API, API-SSL or REST. */
public record RouterOsSource(String name, String host, Transport transport, int port, String username,
                             Secret password, TlsConfig tls, List<Table> collect, Duration timeout,
                             Optional<String> netboxDevice) {

    public enum Transport {
        API(8728), API_SSL(8729), REST(443);

        private final int defaultPort;

        Transport(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        public int defaultPort() {
            return defaultPort;
        }
    }

    public enum Table { DHCP_LEASES, ARP, BRIDGE_HOSTS }

    public RouterOsSource {
        collect = List.copyOf(collect);
        java.util.Objects.requireNonNull(netboxDevice, "netboxDevice");
    }

    public RouterOsSource(String name, String host, Transport transport, int port, String username, Secret password,
                          TlsConfig tls, List<Table> collect, Duration timeout) {
        this(name, host, transport, port, username, password, tls, collect, timeout, Optional.empty());
    }

    static RouterOsSource read(ConfigSection s) {
        String name = ConfigFields.name(s).orElse("");
        String host = ConfigFields.host(s, "host", true).orElse("");
        Transport transport = ConfigFields.choice(s, "transport", Transport.class, Transport.API_SSL);
        int port = ConfigFields.port(s, "port", transport.defaultPort());
        String username = s.required("username", "the RouterOS user to log in as").orElse("");
        Secret password = SecretReader.required(s, "password", "to log in to RouterOS").orElse(null);
        TlsConfig tls = TlsConfig.read(s);
        if (transport == Transport.API && s.has("tls")) {
            s.warningAt("tls", "is ignored with transport = api (plain text); use api-ssl or rest");
        }
        List<Table> collect = ConfigFields.choices(s, "collect", Table.class, List.of(Table.DHCP_LEASES, Table.ARP));
        Duration timeout = s.duration("timeout", Duration.ofSeconds(30));
        Optional<String> netboxDevice = s.string("netbox-device").map(String::strip).filter(d -> !d.isEmpty());
        s.reportUnknownKeys();
        return new RouterOsSource(name, host, transport, port, username, password, tls, collect, timeout,
                netboxDevice);
    }
}
