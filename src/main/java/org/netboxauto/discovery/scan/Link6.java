package org.netboxauto.discovery.scan;

import java.util.List;
import java.util.Optional;

/**
 * A local interface with IPv6: its name and index (the scope of ff02::1), its MAC, its link-local
 * address and its other addresses with their prefix lengths.
 */
record Link6(String name, int index, long mac, Optional<byte[]> linkLocal, List<Address> addresses) {

    /** One of the interface's own addresses and the prefix it is on. */
    record Address(byte[] ip, int prefix) {
    }

    /** Our own address on this link within {@code network}/{@code prefix}, when the link holds that prefix. */
    Optional<byte[]> addressIn(byte[] network, int prefix) {
        return addresses.stream().filter(a -> a.prefix() <= prefix && Ipv6.inPrefix(network, a.ip(), a.prefix())
                && Ipv6.inPrefix(a.ip(), network, prefix)).map(Address::ip).findFirst()
                .or(() -> addresses.stream().filter(a -> a.prefix() <= prefix
                        && Ipv6.inPrefix(network, a.ip(), a.prefix())).map(Address::ip).findFirst());
    }
}
