package org.netboxauto.core.push;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.IpLiterals;

/** The prefix length a new IP gets: that of the most specific NetBox prefix holding it, else the default. */
final class PrefixLengths {

    static final int IPV6_DEFAULT = 64;

    private final List<Cidr> prefixes = new ArrayList<>();
    private final int ipv4Default;

    PrefixLengths(List<PushInventory.Prefix> prefixes, int ipv4Default) {
        this.ipv4Default = ipv4Default;
        for (PushInventory.Prefix p : prefixes) {
            try {
                this.prefixes.add(Cidr.parse(p.prefix()).normalized());
            } catch (IllegalArgumentException e) {
                // a prefix NetBox holds but this parser refuses cannot contain a host we push
            }
        }
        this.prefixes.sort(Comparator.comparingInt(Cidr::prefixLength).reversed());
    }

    /** {@code 10.0.0.5/24}. */
    String withLength(String ip) {
        return withLength(ip, IpLiterals.parse(ip));
    }

    /** As {@link #withLength(String)}, for an IP already parsed. */
    String withLength(String ip, InetAddress address) {
        for (Cidr c : prefixes) {
            int full = address instanceof Inet4Address ? 32 : 128;
            if (c.prefixLength() < full && c.contains(address)) {
                return ip + "/" + c.prefixLength();
            }
        }
        return ip + "/" + (address instanceof Inet4Address ? ipv4Default : IPV6_DEFAULT);
    }
}
