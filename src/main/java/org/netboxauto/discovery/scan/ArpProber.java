package org.netboxauto.discovery.scan;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Locale;

/** Broadcasts ARP requests on one interface through libpcap and reads the replies addressed to us. */
final class ArpProber implements Prober {

    private static final int FRAME = 60;
    private static final int SNAPLEN = 128;
    private static final int ETHERTYPE_ARP = 0x0806;
    private static final int ERRBUF_SIZE = 256;
    private static final int NETMASK_UNKNOWN = 0xFFFFFFFF;
    /** Where caplen sits in struct pcap_pkthdr: after a struct timeval of two longs (two 32-bit ones on Windows). */
    private static final long CAPLEN_OFFSET = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
            .contains("win") ? 8 : 16;

    private final Libpcap pcap;
    private final Arena arena;
    private final MemorySegment handle;
    private final Link link;
    private final byte[] frame = new byte[FRAME];
    private final MemorySegment out;
    private final MemorySegment header;
    private final MemorySegment data;
    private final byte[] in = new byte[SNAPLEN];

    private ArpProber(Libpcap pcap, Arena arena, MemorySegment handle, Link link) {
        this.pcap = pcap;
        this.arena = arena;
        this.handle = handle;
        this.link = link;
        this.out = arena.allocate(FRAME);
        this.header = arena.allocate(ADDRESS);
        this.data = arena.allocate(ADDRESS);
        template();
    }

    static ArpProber open(Link link) throws IOException {
        Libpcap pcap;
        try {
            pcap = Libpcap.load();
        } catch (LinkageError e) {
            throw new IOException("cannot capture on " + link.name() + ": " + e.getMessage(), e);
        }
        Arena arena = Arena.ofShared();
        MemorySegment handle = MemorySegment.NULL;
        try {
            MemorySegment errors = arena.allocate(ERRBUF_SIZE);
            handle = (MemorySegment) pcap.create.invokeExact(arena.allocateFrom(link.name()), errors);
            if (handle.equals(MemorySegment.NULL)) {
                throw new IOException("cannot capture on " + link.name() + ": " + errors.getString(0));
            }
            MemorySegment h = handle;
            int set = (int) pcap.setSnaplen.invokeExact(h, SNAPLEN) | (int) pcap.setPromisc.invokeExact(h, 0)
                    | (int) pcap.setTimeout.invokeExact(h, 1) | (int) pcap.setImmediateMode.invokeExact(h, 1)
                    | (int) pcap.setBufferSize.invokeExact(h, 8 << 20);
            int activated = (int) pcap.activate.invokeExact(h);
            if (set != 0 || activated < 0) {
                throw new IOException("cannot capture on " + link.name() + ": " + pcap.error(h));
            }
            MemorySegment program = arena.allocate(16, 8);
            if ((int) pcap.compile.invokeExact(h, program, arena.allocateFrom("arp[6:2] = 2"), 1,
                    NETMASK_UNKNOWN) != 0) {
                throw new IOException("cannot filter ARP replies on " + link.name() + ": " + pcap.error(h));
            }
            int filtered = (int) pcap.setFilter.invokeExact(h, program);
            pcap.freeCode.invokeExact(program);
            if (filtered != 0 || (int) pcap.setDirection.invokeExact(h, Libpcap.PCAP_D_IN) != 0
                    || (int) pcap.setNonBlock.invokeExact(h, 1, errors) != 0) {
                throw new IOException("cannot capture on " + link.name() + ": " + pcap.error(h));
            }
            return new ArpProber(pcap, arena, h, link);
        } catch (Throwable e) {
            closeQuietly(pcap, handle);
            arena.close();
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot capture on " + link.name() + ": " + e, e);
        }
    }

    @Override
    public String method() {
        return "arp";
    }

    @Override
    public void send(int ip) throws IOException {
        Ipv4.put(ip, frame, 38);
        MemorySegment.copy(frame, 0, out, JAVA_BYTE, 0, FRAME);
        int sent;
        try {
            sent = (int) pcap.sendPacket.invokeExact(handle, out, FRAME);
        } catch (Throwable e) {
            throw new IOException("sending an ARP request on " + link.name() + " failed: " + e, e);
        }
        if (sent != 0) {
            throw new IOException("sending an ARP request on " + link.name() + " failed: " + pcap.error(handle));
        }
    }

    @Override
    public void poll(ReplySink replies) throws IOException {
        while (true) {
            int got;
            try {
                got = (int) pcap.nextEx.invokeExact(handle, header, data);
            } catch (Throwable e) {
                throw new IOException("reading ARP replies on " + link.name() + " failed: " + e, e);
            }
            if (got == -1) {
                throw new IOException("reading ARP replies on " + link.name() + " failed: " + pcap.error(handle));
            }
            if (got != 1) {
                return; // nothing waiting (0), or the capture ended (-2)
            }
            long now = System.nanoTime();
            int length = Math.min(SNAPLEN, header.get(ADDRESS, 0).reinterpret(CAPLEN_OFFSET + 4)
                    .get(JAVA_INT, CAPLEN_OFFSET));
            MemorySegment.copy(data.get(ADDRESS, 0).reinterpret(length), JAVA_BYTE, 0, in, 0, length);
            if (isReplyToUs(in, length)) {
                replies.reply(Ipv4.of(in, 28), mac(in, 22), now);
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(pcap, handle);
        arena.close();
    }

    private static void closeQuietly(Libpcap pcap, MemorySegment handle) {
        if (!handle.equals(MemorySegment.NULL)) {
            try {
                pcap.close.invokeExact(handle);
            } catch (Throwable e) {
                // nothing left to release
            }
        }
    }

    private boolean isReplyToUs(byte[] p, int length) {
        return length >= 42 && u16(p, 12) == ETHERTYPE_ARP && u16(p, 14) == 1 && u16(p, 16) == 0x0800
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
