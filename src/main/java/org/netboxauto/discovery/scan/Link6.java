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

    /**
     * Our address for answers from {@code network}/{@code prefix} when this link holds it (one of our
     * on-link prefixes covers it): one inside the prefix itself if we have one, else any on that link.
     */
    Optional<byte[]> addressIn(byte[] network, int prefix) {
        List<byte[]> onLink = addresses.stream()
                .filter(a -> a.prefix() <= prefix && Ipv6.inPrefix(network, a.ip(), a.prefix()))
                .map(Address::ip).toList();
        return onLink.stream().filter(ip -> Ipv6.inPrefix(ip, network, prefix)).findFirst()
                .or(() -> onLink.stream().findFirst());
    }
}
