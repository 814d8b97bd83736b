package org.netboxauto.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.IpLiterals;

/** The active sweep of the admin's own subnets. */
public record ScanConfig(boolean enabled, List<Cidr> subnets, List<Cidr> exclude, List<Method> methods,
                         List<Integer> tcpPorts, int rate, int retries, Duration timeout,
                         Optional<String> networkInterface, int maxPrefix, boolean allowPublic, int maxPrefixV6) {

    public enum Method { ARP, ICMP, TCP }

    /** IPv6 prefixes wider than this are found through their link, never address by address. */
    public static final int DEFAULT_MAX_PREFIX_V6 = 120;

    public ScanConfig(boolean enabled, List<Cidr> subnets, List<Cidr> exclude, List<Method> methods,
                      List<Integer> tcpPorts, int rate, int retries, Duration timeout,
                      Optional<String> networkInterface, int maxPrefix, boolean allowPublic) {
        this(enabled, subnets, exclude, methods, tcpPorts, rate, retries, timeout, networkInterface, maxPrefix,
                allowPublic, DEFAULT_MAX_PREFIX_V6);
    }

    public ScanConfig {
        subnets = List.copyOf(subnets);
        exclude = List.copyOf(exclude);
        methods = List.copyOf(methods);
        tcpPorts = List.copyOf(tcpPorts);
    }

    static ScanConfig read(ConfigSection s) {
        boolean enabled = s.bool("enabled", false);
        int maxPrefix = s.integer("max-prefix", 16, 0, 128);
        int maxPrefixV6 = s.integer("max-prefix-v6", DEFAULT_MAX_PREFIX_V6, 112, 128);
        boolean allowPublic = s.bool("allow-public", false);
        List<Cidr> subnets = cidrs(s, "subnets");
        for (Cidr c : subnets) {
            if (c.isIpv4() && c.prefixLength() < maxPrefix) {
                s.errorAt("subnets", c + " is wider than /" + maxPrefix + "; split it or raise sources.scan.max-prefix");
            }
            if (!allowPublic && !IpLiterals.isPrivate(c.network())) {
                s.errorAt("subnets", c + " is a public range; scan only your own networks, or set allow-public = true");
            }
        }
        if (enabled && subnets.isEmpty()) {
            s.errorAt("subnets", "is empty while the scan is enabled; list subnets such as [\"192.168.1.0/24\"]");
        }
        List<Cidr> exclude = cidrs(s, "exclude");
        List<Method> methods = ConfigFields.choices(s, "methods", Method.class, List.of(Method.values()));
        List<Integer> ports = s.intList("tcp-ports", List.of(22, 80, 443, 3389));
        ports.stream().filter(p -> p < 1 || p > 65535)
                .forEach(p -> s.errorAt("tcp-ports", p + " is not a TCP port; expected 1 to 65535"));
        int rate = s.integer("rate", 30_000, 1, 1_000_000);
        int retries = s.integer("retries", 2, 0, 10);
        Duration timeout = s.duration("timeout", Duration.ofSeconds(1));
        Optional<String> nic = s.string("interface");
        s.reportUnknownKeys();
        return new ScanConfig(enabled, subnets, exclude, methods, ports, rate, retries, timeout, nic, maxPrefix,
                allowPublic, maxPrefixV6);
    }

    private static List<Cidr> cidrs(ConfigSection s, String key) {
        List<Cidr> out = new ArrayList<>();
        for (String text : s.stringList(key, List.of())) {
            try {
                out.add(Cidr.parse(text));
            } catch (IllegalArgumentException e) {
                s.errorAt(key, "\"" + text + "\": " + e.getMessage() + "; expected CIDR such as 192.168.1.0/24");
            }
        }
        return out;
    }
}
