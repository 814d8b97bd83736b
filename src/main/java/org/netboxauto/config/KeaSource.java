package org.netboxauto.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netboxauto.core.Cidr;

/**
 * An ISC Kea DHCP server read through its Control Agent's REST API (the lease_cmds hook, and host_cmds for
 * reservations when loaded).
 *
 * @param services the Kea daemons asked, {@code dhcp4} and/or {@code dhcp6}
 * @param subnets  only leases and reservations in these subnets; empty means all
 * @param pageSize leases per {@code lease4-get-page} / {@code lease6-get-page} request
 */
public record KeaSource(String name, URI url, Optional<String> username, Optional<Secret> password, TlsConfig tls,
                        List<Service> services, boolean servicesExplicit, List<Cidr> subnets, boolean reservations,
                        int pageSize, Duration timeout) {

    public enum Service { DHCP4, DHCP6 }

    private static boolean loopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    public KeaSource {
        services = List.copyOf(services);
        subnets = List.copyOf(subnets);
    }

    static KeaSource read(ConfigSection s) {
        String name = ConfigFields.name(s).orElse("");
        URI url = ConfigFields.url(s, "url", true, false, "http(s)://HOST:8000 of the Kea Control Agent", false)
                .orElse(null);
        Optional<String> username = s.string("username");
        Optional<Secret> password = SecretReader.read(s, "password");
        boolean passwordSet = password.isPresent() || s.has("password") || s.has("password-file");
        if (username.isPresent() && !passwordSet) {
            s.problems().error(s.keyPath("password"), "is required with username; set password = ${?ENV_VAR} or"
                    + " password-file = \"/path/to/file\"");
        } else if (username.isEmpty() && passwordSet) {
            s.problems().error(s.keyPath("username"), "is required with password; the Control Agent's basic"
                    + " authentication needs both");
        }
        TlsConfig tls = TlsConfig.read(s);
        if (url != null && "http".equals(url.getScheme()) && username.isPresent() && !loopback(url.getHost())) {
            s.warningAt("url", "uses plain http: the Control Agent password crosses the network unencrypted;"
                    + " give the Control Agent a certificate (trust-anchor, cert-file, key-file) and use https");
        }
        if (url != null && "http".equals(url.getScheme()) && s.has("tls")) {
            s.warningAt("tls", "is ignored with an http:// url; use https:// for TLS");
        }
        List<Service> services = ConfigFields.choices(s, "services", Service.class,
                List.of(Service.DHCP4, Service.DHCP6));
        List<Cidr> subnets = new ArrayList<>();
        for (String text : s.stringList("subnets", List.of())) {
            try {
                subnets.add(Cidr.parse(text).normalized());
            } catch (IllegalArgumentException e) {
                s.errorAt("subnets", "\"" + text + "\" is not a subnet; expected CIDR such as 192.168.1.0/24");
            }
        }
        boolean reservations = s.bool("reservations", true);
        int pageSize = s.integer("page-size", 1000, 1, 100_000);
        Duration timeout = s.duration("timeout", Duration.ofSeconds(60));
        s.reportUnknownKeys();
        return new KeaSource(name, url, username, password, tls, services, s.has("services"), subnets, reservations,
                pageSize, timeout);
    }
}
