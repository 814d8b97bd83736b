package org.netboxauto.discovery.scan;

import java.io.IOException;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;

/**
 * IPv6's ARP through libpcap: a neighbour solicitation per address, sent to its solicited-node
 * group, and echo requests to all nodes; reads advertisements, echo replies and parameter problems
 * with the sender's MAC.
 */
final class NdpProber implements Ipv6Prober {

    private static final int IP = 14;
    private static final int ICMP = IP + 40;

    private final PcapHandle handle;
    private final Link6 link;
    private final byte[] source;

    private NdpProber(PcapHandle handle, Link6 link, byte[] source) {
        this.handle = handle;
        this.link = link;
        this.source = source.clone();
    }

    /** @param source our address the answers come back to, on the prefix swept so hosts answer from theirs */
    static NdpProber open(Link6 link, byte[] source) throws IOException {
        return new NdpProber(Captures.open(link.name(), 256,
                "icmp6 and (ip6[40] == 129 or ip6[40] == 136 or ip6[40] == 4)"), link, source);
    }

    @Override
    public String method() {
        return "ndp";
    }

    @Override
    public void sendAllNodes(int round) throws IOException {
        transmit(Icmp6Frames.allNodesEcho(link.mac(), source, round, false));
        transmit(Icmp6Frames.allNodesEcho(link.mac(), source, round, true));
        // answered from each host's link-local address: kept as evidence of the MAC, never as an address
        if (round == 0 && link.linkLocal().isPresent()) {
            transmit(Icmp6Frames.allNodesEcho(link.mac(), link.linkLocal().get(), round, false));
        }
    }

    @Override
    public void send(byte[] ip) throws IOException {
        transmit(Icmp6Frames.solicitation(link.mac(), source, ip));
    }

    private void transmit(byte[] frame) throws IOException {
        try {
            handle.sendPacket(frame, frame.length);
        } catch (PcapNativeException | NotOpenException e) {
            throw new IOException("sending on " + link.name() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void poll(Sink sink) throws IOException {
        try {
            for (byte[] p = handle.getNextRawPacket(); p != null; p = handle.getNextRawPacket()) {
                long now = System.nanoTime();
                if (p.length < ICMP + 8 || Icmp6Frames.u16(p, 12) != Icmp6Frames.ETHERTYPE_IPV6
                        || (p[IP + 6] & 0xFF) != Icmp6Frames.NEXT_ICMP6) {
                    continue;
                }
                int type = p[ICMP] & 0xFF;
                long mac = Icmp6Frames.mac(p, 6);
                if (type == Icmp6Frames.NEIGHBOUR_ADVERTISEMENT && p.length >= ICMP + 24) {
                    sink.answer(Ipv6.of(p, ICMP + 8), advertised(p, mac), now);
                } else if (type == Icmp6Frames.ECHO_REPLY || type == Icmp6Frames.PARAMETER_PROBLEM) {
                    sink.answer(Ipv6.of(p, IP + 8), mac, now);
                }
            }
        } catch (NotOpenException e) {
            throw new IOException("the capture on " + link.name() + " was closed", e);
        }
    }

    /** The target link-layer address option when there is one, as the kernel records it; else the frame's sender. */
    private static long advertised(byte[] p, long frameMac) {
        int at = ICMP + 24;
        while (at + 8 <= p.length) {
            int length = (p[at + 1] & 0xFF) * 8;
            if (length == 0) {
                break;
            }
            if ((p[at] & 0xFF) == 2 && length == 8) {
                return Icmp6Frames.mac(p, at + 2);
            }
            at += length;
        }
        return frameMac;
    }

    @Override
    public void close() {
        handle.close();
    }
}
