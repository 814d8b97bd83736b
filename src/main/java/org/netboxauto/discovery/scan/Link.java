package org.netboxauto.discovery.scan;

/** A local interface on a subnet: its name, its own IPv4 address and prefix, its MAC as 48 bits. */
record Link(String name, int ip, int prefix, long mac) {

    Ipv4Range network() {
        long value = Ipv4.unsigned(ip);
        long mask = prefix == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
        return new Ipv4Range(value & mask, prefix);
    }

    /** True when every address of {@code subnet} is on this link, so ARP reaches it. */
    boolean attaches(Ipv4Range subnet) {
        Ipv4Range own = network();
        return subnet.prefix() >= own.prefix() && subnet.network() >= own.network() && subnet.last() <= own.last();
    }
}
