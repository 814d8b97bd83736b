package org.netboxauto.core.push;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.netboxauto.core.Cidr;

/** The prefix length a new IP gets: that of the most specific NetBox prefix holding it, else the default. */
final class PrefixLengths {

    static final int IPV6_DEFAULT = 64;

    private record Held(Cidr cidr, Optional<Long> vrfId) {
    }

    private final List<Held> prefixes = new ArrayList<>();
    private final int ipv4Default;

    PrefixLengths(List<PushInventory.Prefix> prefixes, int ipv4Default) {
        this.ipv4Default = ipv4Default;
        for (PushInventory.Prefix p : prefixes) {
            try {
                this.prefixes.add(new Held(Cidr.parse(p.prefix()).normalized(), p.vrfId()));
            } catch (IllegalArgumentException e) {
                // a prefix NetBox holds but this parser refuses cannot contain a host we push
            }
        }
        this.prefixes.sort(Comparator.comparingInt((Held h) -> h.cidr().prefixLength()).reversed());
    }

    /** As {@link #lengthOf(InetAddress, Optional)} in the global table. */
    int lengthOf(InetAddress address) {
        return lengthOf(address, Optional.empty());
    }

    /**
     * The length of the longest NetBox prefix of the same VRF holding the address (a host route aside),
     * else the default: a prefix of another VRF is another network that happens to share the numbers.
     *
     * @param vrfId empty: the global table
     */
    int lengthOf(InetAddress address, Optional<Long> vrfId) {
        int full = address instanceof Inet4Address ? 32 : 128;
        for (Held h : prefixes) {
            Cidr c = h.cidr();
            if (c.prefixLength() < full && h.vrfId().equals(vrfId) && c.contains(address)) {
                return c.prefixLength();
            }
        }
        return address instanceof Inet4Address ? ipv4Default : IPV6_DEFAULT;
    }

    /**
     * Whether NetBox refuses the address on an interface at that length: the network ID (IPv4 below /31,
     * IPv6 below /127) or the IPv4 broadcast address (ipam.IPAddress.clean).
     */
    static boolean unassignable(InetAddress address, int length) {
        boolean v4 = address instanceof Inet4Address;
        return length < (v4 ? 31 : 127) && (hostBitsAll(address, length, false) || v4 && hostBitsAll(address, length,
                true));
    }

    /** Whether the address is the network ID at that length (else, when unassignable, the broadcast). */
    static boolean isNetworkId(InetAddress address, int length) {
        return hostBitsAll(address, length, false);
    }

    private static boolean hostBitsAll(InetAddress address, int length, boolean set) {
        byte[] b = address.getAddress();
        for (int bit = length; bit < b.length * 8; bit++) {
            if (((b[bit / 8] >> (7 - bit % 8) & 1) == 1) != set) {
                return false;
            }
        }
        return true;
    }
}
