package org.netboxauto.discovery.scan;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The machine's up, non-loopback interfaces with a MAC and their IPv4 or IPv6 addresses. */
final class Links {

    private Links() {
    }

    static List<Link> all() throws SocketException {
        List<Link> out = new ArrayList<>();
        for (NetworkInterface nic : ethernet()) {
            long mac = mac(nic);
            for (InterfaceAddress a : nic.getInterfaceAddresses()) {
                if (a.getAddress() instanceof Inet4Address v4) {
                    out.add(new Link(nic.getName(), Ipv4.of(v4), a.getNetworkPrefixLength(), mac));
                }
            }
        }
        return out;
    }

    /**
     * Interfaces with IPv6: the link-local address apart from the others. Addresses that cannot take
     * answers yet or any more (tentative, failed, deprecated) are left out where Linux tells.
     */
    static List<Link6> all6() throws SocketException {
        List<Link6> out = new ArrayList<>();
        Optional<Map<String, List<Link6.Address>>> usable = LocalIpv6Addresses.usable(Path.of("/proc/net/if_inet6"));
        for (NetworkInterface nic : ethernet()) {
            Optional<byte[]> linkLocal = Optional.empty();
            List<Link6.Address> own = new ArrayList<>();
            List<Link6.Address> all = usable.isPresent() ? usable.get().getOrDefault(nic.getName(), List.of())
                    : nic.getInterfaceAddresses().stream().filter(a -> a.getAddress() instanceof Inet6Address)
                    .map(a -> new Link6.Address(a.getAddress().getAddress(), a.getNetworkPrefixLength())).toList();
            for (Link6.Address a : all) {
                if (Ipv6.isLinkLocal(a.ip())) {
                    linkLocal = Optional.of(a.ip());
                } else {
                    own.add(a);
                }
            }
            if (linkLocal.isPresent() || !own.isEmpty()) {
                out.add(new Link6(nic.getName(), nic.getIndex(), mac(nic), linkLocal, own));
            }
        }
        return out;
    }

    private static List<NetworkInterface> ethernet() throws SocketException {
        List<NetworkInterface> out = new ArrayList<>();
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            byte[] hw = nic.getHardwareAddress();
            if (nic.isUp() && !nic.isLoopback() && hw != null && hw.length == 6) {
                out.add(nic);
            }
        }
        return out;
    }

    private static long mac(NetworkInterface nic) throws SocketException {
        long mac = 0;
        for (byte b : nic.getHardwareAddress()) {
            mac = (mac << 8) | (b & 0xFF);
        }
        return mac;
    }

    /** The link {@code subnet} is directly attached to, limited to {@code only} when the config names one. */
    static Optional<Link> attaching(List<Link> links, Ipv4Range subnet, Optional<String> only) {
        return links.stream().filter(l -> only.isEmpty() || only.get().equals(l.name()))
                .filter(l -> l.attaches(subnet)).findFirst();
    }
}
