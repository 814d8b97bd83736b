package org.netboxauto.discovery.scan;

import java.net.SocketException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.config.ScanConfig;
import org.netboxauto.config.ScanConfig.Method;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.discovery.CollectorException;

/**
 * Checks the configured ranges against the safety rules again, right before sending, and decides
 * per subnet whether it is swept by privileged ARP or unprivileged probes, and why.
 */
record ScanPlan(List<SweepGroup> groups, String mode) {

    static ScanPlan of(ScanConfig config, String key, RawAccess raw, List<Link> links) throws CollectorException {
        List<Ipv4Range> subnets = checkedSubnets(config, key);
        if (subnets.isEmpty()) {
            return new ScanPlan(List.of(), "");
        }
        if (config.networkInterface().isPresent()
                && links.stream().noneMatch(l -> l.name().equals(config.networkInterface().get()))) {
            throw new CollectorException(key + ".interface: \"" + config.networkInterface().get() + "\" is not an up"
                    + " interface with an IPv4 address here; name one of " + names(links) + " or leave it unset");
        }
        Optional<String> noArp = config.methods().contains(Method.ARP) ? raw.missing()
                : Optional.of(key + ".methods does not list arp");
        Map<String, List<Ipv4Range>> byLink = new LinkedHashMap<>();
        Map<String, Link> linkByName = new LinkedHashMap<>();
        List<Ipv4Range> unprivileged = new ArrayList<>();
        for (Ipv4Range subnet : subnets) {
            Optional<Link> link = noArp.isPresent() ? Optional.empty()
                    : Links.attaching(links, subnet, config.networkInterface());
            if (link.isPresent()) {
                byLink.computeIfAbsent(link.get().name(), n -> new ArrayList<>()).add(subnet);
                linkByName.put(link.get().name(), link.get());
            } else {
                unprivileged.add(subnet);
            }
        }
        List<SweepGroup> groups = new ArrayList<>();
        List<String> modes = new ArrayList<>();
        byLink.forEach((name, nets) -> {
            groups.add(new SweepGroup(Optional.of(linkByName.get(name)), nets));
            modes.add("privileged ARP on " + name + " for " + text(nets));
        });
        if (!unprivileged.isEmpty()) {
            groups.add(new SweepGroup(Optional.empty(), unprivileged));
            String why = noArp.orElse("not directly attached to " + config.networkInterface().orElse("any interface"));
            modes.add("unprivileged " + unprivilegedMethods(config) + " for " + text(unprivileged) + " (" + why + ")");
        }
        return new ScanPlan(groups, String.join("; ", modes));
    }

    private static List<Ipv4Range> checkedSubnets(ScanConfig config, String key) throws CollectorException {
        List<Ipv4Range> out = new ArrayList<>();
        for (Cidr cidr : config.subnets()) {
            if (!cidr.isIpv4()) {
                continue;
            }
            if (cidr.prefixLength() < config.maxPrefix()) {
                throw new CollectorException(key + ".subnets: " + cidr + " is wider than /" + config.maxPrefix()
                        + "; split it or raise " + key + ".max-prefix");
            }
            Ipv4Range range = Ipv4Range.of(cidr);
            boolean isPrivate = IpLiterals.isPrivate(Ipv4.address((int) range.network()))
                    && IpLiterals.isPrivate(Ipv4.address((int) range.last()));
            if (!isPrivate && !config.allowPublic()) {
                throw new CollectorException(key + ".subnets: " + cidr + " is a public range; scan only your own"
                        + " networks, or set " + key + ".allow-public = true");
            }
            out.add(range);
        }
        return out;
    }

    static String unprivilegedMethods(ScanConfig config) {
        List<String> m = new ArrayList<>();
        if (config.methods().contains(Method.ICMP)) {
            m.add("ICMP echo");
        }
        if (config.methods().contains(Method.TCP)) {
            m.add("TCP connect to ports " + config.tcpPorts());
        }
        return m.isEmpty() ? "(no method: add icmp or tcp to methods)" : String.join(" and ", m);
    }

    private static String text(List<Ipv4Range> nets) {
        return String.join(", ", nets.stream().map(n -> Ipv4.text((int) n.network()) + "/" + n.prefix()).toList());
    }

    private static String names(List<Link> links) {
        return links.stream().map(Link::name).distinct().toList().toString();
    }

    static List<Link> systemLinks(String key) throws CollectorException {
        try {
            return Links.all();
        } catch (SocketException e) {
            throw new CollectorException(key + ": cannot list the network interfaces: " + e.getMessage(), e);
        }
    }
}
