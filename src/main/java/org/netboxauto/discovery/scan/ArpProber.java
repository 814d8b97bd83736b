package org.netboxauto.discovery.scan;

import java.io.IOException;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;

/** Broadcasts ARP requests on one interface through libpcap and reads the replies addressed to us. */
final class ArpProber implements Prober {

    private static final int FRAME = 60;
    private static final int ETHERTYPE_ARP = 0x0806;

    private final PcapHandle handle;
    private final Link link;
    private final byte[] frame = new byte[FRAME];

    private ArpProber(PcapHandle handle, Link link) {
        this.handle = handle;
        this.link = link;
        template();
    }

    static ArpProber open(Link link) throws IOException {
        return new ArpProber(Captures.open(link.name(), 128, "arp[6:2] = 2"), link);
    }

    @Override
    public String method() {
        return "arp";
    }

    @Override
    public void send(int ip) throws IOException {
        Ipv4.put(ip, frame, 38);
        try {
            handle.sendPacket(frame, FRAME);
        } catch (PcapNativeException | NotOpenException e) {
            throw new IOException("sending an ARP request on " + link.name() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void poll(ReplySink replies) throws IOException {
        try {
            for (byte[] p = handle.getNextRawPacket(); p != null; p = handle.getNextRawPacket()) {
                long now = System.nanoTime();
                if (isReplyToUs(p)) {
                    replies.reply(Ipv4.of(p, 28), mac(p, 22), now);
                }
            }
        } catch (NotOpenException e) {
            throw new IOException("the capture on " + link.name() + " was closed", e);
        }
    }

    @Override
    public void close() {
        handle.close();
    }

    private boolean isReplyToUs(byte[] p) {
        return p.length >= 42 && u16(p, 12) == ETHERTYPE_ARP && u16(p, 14) == 1 && u16(p, 16) == 0x0800
                && p[18] == 6 && p[19] == 4 && u16(p, 20) == 2 && Ipv4.of(p, 38) == link.ip();
    }

    private void template() {
        for (int i = 0; i < 6; i++) {
            frame[i] = (byte) 0xFF;
        }
        putMac(link.mac(), frame, 6);
        frame[12] = 0x08;
        frame[13] = 0x06;
        frame[15] = 1;
        frame[16] = 0x08;
        frame[18] = 6;
        frame[19] = 4;
        frame[21] = 1;
        putMac(link.mac(), frame, 22);
        Ipv4.put(link.ip(), frame, 28);
    }

    private static int u16(byte[] p, int at) {
        return ((p[at] & 0xFF) << 8) | (p[at + 1] & 0xFF);
    }

    private static long mac(byte[] p, int at) {
        long bits = 0;
        for (int i = 0; i < 6; i++) {
            bits = (bits << 8) | (p[at + i] & 0xFF);
        }
        return bits;
    }

    private static void putMac(long mac, byte[] out, int at) {
        for (int i = 5; i >= 0; i--) {
            out[at + 5 - i] = (byte) (mac >>> (8 * i));
        }
    }
}
