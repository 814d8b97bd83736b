package org.netboxauto.discovery.scan;

import org.netboxauto.core.Cidr;

/** An IPv4 network as numbers: {@code 10.0.0.0/24} is network 0x0A000000, prefix 24. */
record Ipv4Range(long network, int prefix) {

    static Ipv4Range of(Cidr cidr) {
        return new Ipv4Range(Ipv4.unsigned(Ipv4.of(cidr.network())), cidr.prefixLength());
    }

    long last() {
        return network + (1L << (32 - prefix)) - 1;
    }

    /** Every address, for exclusions. */
    long[] all() {
        return new long[] {network, last()};
    }

    /** The addresses a host may have: network and broadcast are left out below /31 (RFC 3021). */
    long[] hosts() {
        return prefix >= 31 ? all() : new long[] {network + 1, last() - 1};
    }

    boolean contains(int ip) {
        long value = Ipv4.unsigned(ip);
        return value >= network && value <= last();
    }
}
