package org.netboxauto.config;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.names.NameMethod;

/**
 * How names are looked up for hosts no source names.
 *
 * @param dnsServers name servers for reverse lookups; empty: the system's ({@code /etc/resolv.conf})
 * @param timeout    how long one host's lookups may take, all methods at once
 * @param inFlight   how many hosts are asked at the same time
 */
public record NamesConfig(boolean enabled, List<NameMethod> methods, List<InetSocketAddress> dnsServers,
                          Duration timeout, int inFlight) {

    static final List<NameMethod> ALL = List.of(NameMethod.PTR, NameMethod.NETBIOS, NameMethod.MDNS);

    public NamesConfig {
        methods = List.copyOf(methods);
        dnsServers = List.copyOf(dnsServers);
        Objects.requireNonNull(timeout, "timeout");
    }

    public static NamesConfig off() {
        return new NamesConfig(false, ALL, List.of(), Duration.ofSeconds(1), 256);
    }

    static NamesConfig read(ConfigSection s) {
        boolean enabled = s.bool("enabled", false);
        List<NameMethod> methods = ConfigFields.choices(s, "methods", NameMethod.class, ALL);
        List<InetSocketAddress> servers = new ArrayList<>();
        for (String text : s.stringList("dns-servers", List.of())) {
            try {
                servers.add(server(text));
            } catch (IllegalArgumentException e) {
                s.errorAt("dns-servers", "\"" + text + "\" is not a name server; expected an IP address, optionally"
                        + " with :PORT (IPv6 as [ADDRESS]:PORT)");
            }
        }
        Duration timeout = s.duration("timeout", Duration.ofSeconds(1));
        if (timeout.compareTo(Duration.ofMinutes(1)) > 0) {
            s.errorAt("timeout", "is longer than a minute; expected a duration such as 1s");
            timeout = Duration.ofSeconds(1);
        }
        int inFlight = s.integer("in-flight", 256, 1, 4096);
        s.reportUnknownKeys();
        return new NamesConfig(enabled, methods, servers, timeout, inFlight);
    }

    /** {@code 192.0.2.53}, {@code 192.0.2.53:5353}, {@code [2001:db8::53]:53} or {@code 2001:db8::53}. */
    static InetSocketAddress server(String text) {
        String host = text;
        int port = 53;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException(text);
            }
            host = text.substring(1, close);
            String rest = text.substring(close + 1);
            if (!rest.isEmpty()) {
                port = port(rest.startsWith(":") ? rest.substring(1) : "x");
            }
        } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
            host = text.substring(0, text.indexOf(':'));
            port = port(text.substring(text.indexOf(':') + 1));
        }
        return new InetSocketAddress(IpLiterals.parse(host), port);
    }

    private static int port(String text) {
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65_535) {
            throw new IllegalArgumentException(text);
        }
        return Integer.parseInt(text);
    }
}
