package org.netboxauto.discovery.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netboxauto.config.ScanConfig;
import org.netboxauto.config.ScanConfig.Method;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.discovery.CollectorException;

/**
 * The IPv6 half of {@link ScanPlan}: a /64 holds 2^64 addresses, so a prefix is found through the
 * link this machine shares with it, and probed address by address only up to {@code max-prefix-v6}.
 */
record Ipv6Plan(List<Ipv6Group> groups, List<String> modes) {

    static Ipv6Plan of(ScanConfig config, String key, RawAccess raw, List<Link6> links) throws CollectorException {
        Optional<String> noRaw = config.methods().contains(Method.ARP) ? raw.missing()
                : Optional.of(key + ".methods does not list arp");
        List<Ipv6Group> groups = new ArrayList<>();
        List<String> modes = new ArrayList<>();
        for (Cidr prefix : config.subnets()) {
            if (prefix.isIpv4()) {
                continue;
            }
            checkPrivate(config, key, prefix);
            byte[] network = prefix.network().getAddress();
            Optional<Link6> link = links.stream()
                    .filter(l -> config.networkInterface().isEmpty() || config.networkInterface().get().equals(l.name()))
                    .filter(l -> l.addressIn(network, prefix.prefixLength()).isPresent()).findFirst();
            boolean byAddress = prefix.prefixLength() >= config.maxPrefixV6();
            if (link.isEmpty() && !byAddress) {
                throw new CollectorException(key + ".subnets: " + Ipv6.text(prefix) + " is not on a link of this machine"
                        + config.networkInterface().map(n -> " through " + n).orElse("")
                        + ", so it could only be probed address by address, and it is wider than /"
                        + config.maxPrefixV6() + " (" + key + ".max-prefix-v6); list a prefix of /"
                        + config.maxPrefixV6() + " or narrower, raise " + key + ".max-prefix-v6, or scan from a"
                        + " machine on that link");
            }
            Optional<byte[]> source = link.flatMap(l -> l.addressIn(network, prefix.prefixLength()));
            boolean privileged = link.isPresent() && noRaw.isEmpty();
            groups.add(new Ipv6Group(prefix, link, source, byAddress, privileged));
            modes.add(mode(config, prefix, link, byAddress, privileged, noRaw));
        }
        return new Ipv6Plan(groups, modes);
    }

    private static String mode(ScanConfig config, Cidr prefix, Optional<Link6> link, boolean byAddress,
                               boolean privileged, Optional<String> noRaw) {
        String how = byAddress ? "every address" : "all-nodes echo, the neighbour table and known addresses";
        if (privileged) {
            return "privileged neighbour discovery on " + link.get().name() + " for " + Ipv6.text(prefix) + " (" + how + ")";
        }
        String methods = ScanPlan.unprivilegedMethods(config).replace("ICMP echo", "ICMPv6 echo");
        String where = link.map(l -> " on " + l.name()).orElse("");
        String why = link.isEmpty() ? "not on a link of this machine" : noRaw.orElse("");
        return "unprivileged " + methods + where + " for " + Ipv6.text(prefix) + " (" + how + "; " + why + ")";
    }

    private static void checkPrivate(ScanConfig config, String key, Cidr prefix) throws CollectorException {
        byte[] last = prefix.network().getAddress();
        for (int bit = prefix.prefixLength(); bit < 128; bit++) {
            last[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        }
        boolean isPrivate = IpLiterals.isPrivate(prefix.network()) && IpLiterals.isPrivate(Ipv6.address(last));
        if (!isPrivate && !config.allowPublic()) {
            throw new CollectorException(key + ".subnets: " + Ipv6.text(prefix) + " is a public range; scan only your own"
                    + " networks, or set " + key + ".allow-public = true");
        }
    }
}
