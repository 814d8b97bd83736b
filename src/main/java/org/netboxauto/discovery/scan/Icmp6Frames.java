package org.netboxauto.discovery.scan;

/**
 * Ethernet frames carrying ICMPv6, built by hand as the ARP frames are: a neighbour solicitation,
 * an echo request, and an echo request behind a destination option no host knows, which every
 * host must answer with a parameter problem even when sent to a group (RFC 8200 section 4.2) —
 * so hosts that ignore a multicast echo still reply.
 */
final class Icmp6Frames {

    static final int ETHERTYPE_IPV6 = 0x86DD;
    static final int NEXT_ICMP6 = 58;
    static final int ECHO_REQUEST = 128;
    static final int ECHO_REPLY = 129;
    static final int NEIGHBOUR_SOLICITATION = 135;
    static final int NEIGHBOUR_ADVERTISEMENT = 136;
    static final int PARAMETER_PROBLEM = 4;
    private static final int NEXT_DESTINATION_OPTIONS = 60;
    private static final int IP_AT = 14;
    private static final int ECHO_ID = 0x6e62;

    private Icmp6Frames() {
    }

    /** A solicitation for {@code target}, to its solicited-node group, from {@code source} with our MAC. */
    static byte[] solicitation(long ownMac, byte[] source, byte[] target) {
        byte[] group = Ipv6.solicitedNode(target);
        byte[] icmp = new byte[32];
        icmp[0] = (byte) NEIGHBOUR_SOLICITATION;
        System.arraycopy(target, 0, icmp, 8, 16);
        icmp[24] = 1;
        icmp[25] = 1;
        putMac(ownMac, icmp, 26);
        return frame(Ipv6.multicastMac(group), ownMac, source, group, 255, new byte[0], icmp);
    }

    /** An echo request to ff02::1; with {@code unknownOption} behind a destination option no host knows. */
    static byte[] allNodesEcho(long ownMac, byte[] source, int sequence, boolean unknownOption) {
        byte[] icmp = new byte[16];
        icmp[0] = (byte) ECHO_REQUEST;
        icmp[4] = (byte) (ECHO_ID >> 8);
        icmp[5] = (byte) ECHO_ID;
        icmp[6] = (byte) (sequence >> 8);
        icmp[7] = (byte) sequence;
        // option type 0x80: "discard, and send a parameter problem even if the destination is a group"
        byte[] options = unknownOption ? new byte[] {NEXT_ICMP6, 0, (byte) 0x80, 4, 0, 0, 0, 0} : new byte[0];
        return frame(Ipv6.multicastMac(Ipv6.ALL_NODES), ownMac, source, Ipv6.ALL_NODES, 1, options, icmp);
    }

    private static byte[] frame(long toMac, long fromMac, byte[] source, byte[] destination, int hopLimit,
                                byte[] options, byte[] icmp) {
        byte[] f = new byte[IP_AT + 40 + options.length + icmp.length];
        putMac(toMac, f, 0);
        putMac(fromMac, f, 6);
        f[12] = (byte) (ETHERTYPE_IPV6 >> 8);
        f[13] = (byte) ETHERTYPE_IPV6;
        f[IP_AT] = 0x60;
        int payload = options.length + icmp.length;
        f[IP_AT + 4] = (byte) (payload >> 8);
        f[IP_AT + 5] = (byte) payload;
        f[IP_AT + 6] = (byte) (options.length > 0 ? NEXT_DESTINATION_OPTIONS : NEXT_ICMP6);
        f[IP_AT + 7] = (byte) hopLimit;
        System.arraycopy(source, 0, f, IP_AT + 8, 16);
        System.arraycopy(destination, 0, f, IP_AT + 24, 16);
        System.arraycopy(options, 0, f, IP_AT + 40, options.length);
        int at = IP_AT + 40 + options.length;
        System.arraycopy(icmp, 0, f, at, icmp.length);
        int sum = checksum(source, destination, icmp);
        f[at + 2] = (byte) (sum >> 8);
        f[at + 3] = (byte) sum;
        return f;
    }

    /** The ICMPv6 checksum over the pseudo-header (RFC 8200 section 8.1) and the message. */
    static int checksum(byte[] source, byte[] destination, byte[] icmp) {
        long sum = 0;
        for (int i = 0; i < 16; i += 2) {
            sum += u16(source, i) + u16(destination, i);
        }
        sum += icmp.length + NEXT_ICMP6;
        for (int i = 0; i < icmp.length; i += 2) {
            sum += i + 1 < icmp.length ? u16(icmp, i) : (icmp[i] & 0xFF) << 8;
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }
        return (int) (~sum & 0xFFFF);
    }

    static int u16(byte[] p, int at) {
        return ((p[at] & 0xFF) << 8) | (p[at + 1] & 0xFF);
    }

    static long mac(byte[] p, int at) {
        long bits = 0;
        for (int i = 0; i < 6; i++) {
            bits = (bits << 8) | (p[at + i] & 0xFF);
        }
        return bits;
    }

    static void putMac(long mac, byte[] out, int at) {
        for (int i = 5; i >= 0; i--) {
            out[at + 5 - i] = (byte) (mac >>> (8 * i));
        }
    }
}
