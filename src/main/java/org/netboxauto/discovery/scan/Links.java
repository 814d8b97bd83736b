package org.netboxauto.discovery.scan;

import java.net.Inet4Address;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The machine's up, non-loopback interfaces with an IPv4 address and a MAC. */
final class Links {

    private Links() {
    }

    static List<Link> all() throws SocketException {
        List<Link> out = new ArrayList<>();
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            byte[] hw = nic.getHardwareAddress();
            if (!nic.isUp() || nic.isLoopback() || hw == null || hw.length != 6) {
                continue;
            }
            long mac = 0;
            for (byte b : hw) {
                mac = (mac << 8) | (b & 0xFF);
            }
            for (InterfaceAddress a : nic.getInterfaceAddresses()) {
                if (a.getAddress() instanceof Inet4Address v4) {
                    out.add(new Link(nic.getName(), Ipv4.of(v4), a.getNetworkPrefixLength(), mac));
                }
            }
        }
        return out;
    }

    /** The link {@code subnet} is directly attached to, limited to {@code only} when the config names one. */
    static Optional<Link> attaching(List<Link> links, Ipv4Range subnet, Optional<String> only) {
        return links.stream().filter(l -> only.isEmpty() || only.get().equals(l.name()))
                .filter(l -> l.attaches(subnet)).findFirst();
    }
}
