package org.netboxauto.core;

import java.util.Optional;

/**
 * A unicast Ethernet MAC address, always shown as {@code aa:bb:cc:dd:ee:ff}.
 *
 * <p>Parses the forms seen in the wild: colon or dash separated ({@code AA-BB-…}, octets unpadded
 * as RouterOS prints client-ids), Cisco dotted ({@code aabb.ccdd.eeff}), bare hex, and DHCP
 * client-ids of hardware type 1 ({@code 1:0:50:56:…} or {@code 01:00:50:56:…}).
 */
public record MacAddress(long bits) implements Comparable<MacAddress> {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static final long MASK = 0xFFFF_FFFF_FFFFL;
    private static final long MULTICAST_BIT = 0x0100_0000_0000L;
    private static final long LOCAL_BIT = 0x0200_0000_0000L;

    public MacAddress {
        if ((bits & ~MASK) != 0) {
            throw new IllegalArgumentException("a MAC address has 48 bits");
        }
    }

    /** A host's MAC, or empty when {@code text} is not one (multicast, all-zero and broadcast included). */
    public static Optional<MacAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<Long> bits = parseBits(text.trim());
        return bits.filter(b -> b != 0 && (b & MULTICAST_BIT) == 0).map(MacAddress::new);
    }

    /** @throws IllegalArgumentException naming the text, and what it is instead, when it is not a host's MAC */
    public static MacAddress of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(refusal(text)));
    }

    /** Why {@code text} is not a host's MAC, in words: not a MAC at all, or a broadcast, multicast or all-zero one. */
    public static String refusal(String text) {
        String shown = "\"" + PeerText.escape(String.valueOf(text)) + "\"";
        Optional<Long> bits = text == null ? Optional.empty() : parseBits(text.trim());
        if (bits.isEmpty()) {
            return shown + " is not a MAC address; expected e.g. aa:bb:cc:dd:ee:ff";
        }
        long b = bits.get();
        if (b == MASK) {
            return shown + " is the broadcast MAC address, which no single host has; name the host's own MAC";
        }
        if (b == 0) {
            return shown + " is the all-zero MAC address, which no host has; name the host's own MAC";
        }
        if ((b & MULTICAST_BIT) != 0) {
            return shown + " is a multicast MAC address (its first octet is odd), which a group of hosts listens to;"
                    + " name the host's own MAC";
        }
        return shown + " is not a host's MAC address";
    }

    private static Optional<Long> parseBits(String s) {
        if (s.isEmpty() || s.length() > 24) {
            return Optional.empty();
        }
        long canonical = s.length() == 17 ? colonSeparated(s) : -1;
        if (canonical >= 0) {
            return Optional.of(canonical);
        }
        if (s.indexOf(':') >= 0 || s.indexOf('-') >= 0) {
            String[] parts = s.split("[:-]", -1);
            if (parts.length == 7 && isHardwareTypeEthernet(parts[0])) {
                return octets(parts, 1);
            }
            return parts.length == 6 ? octets(parts, 0) : Optional.empty();
        }
        if (s.indexOf('.') >= 0) {
            String[] parts = s.split("\\.", -1);
            if (parts.length != 3) {
                return Optional.empty();
            }
            StringBuilder hex = new StringBuilder(12);
            for (String p : parts) {
                if (p.length() != 4) {
                    return Optional.empty();
                }
                hex.append(p);
            }
            return hexBits(hex.toString());
        }
        if (s.length() == 14 && s.startsWith("01")) {
            return hexBits(s.substring(2));
        }
        return s.length() == 12 ? hexBits(s) : Optional.empty();
    }

    /** {@code aa:bb:cc:dd:ee:ff} in either case without a split: the store and every peer list MACs so. */
    private static long colonSeparated(String s) {
        long bits = 0;
        for (int i = 0; i < 17; i += 3) {
            int high = hexValue(s.charAt(i));
            int low = hexValue(s.charAt(i + 1));
            if (high < 0 || low < 0 || i < 15 && s.charAt(i + 2) != ':') {
                return -1;
            }
            bits = bits << 8 | high << 4 | low;
        }
        return bits;
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private static boolean isHardwareTypeEthernet(String part) {
        return part.equals("1") || part.equals("01");
    }

    private static Optional<Long> octets(String[] parts, int from) {
        long bits = 0;
        for (int i = from; i < from + 6; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 2 || !isHex(p)) {
                return Optional.empty();
            }
            bits = (bits << 8) | Integer.parseInt(p, 16);
        }
        return Optional.of(bits);
    }

    private static Optional<Long> hexBits(String hex) {
        return hex.length() == 12 && isHex(hex) ? Optional.of(Long.parseLong(hex, 16)) : Optional.empty();
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /** Set by the OS for randomized ("private") addresses and by hypervisors for some virtual NICs. */
    public boolean isLocallyAdministered() {
        return (bits & LOCAL_BIT) != 0;
    }

    /** The vendor prefix, {@code aa:bb:cc}. */
    public String oui() {
        return toString().substring(0, 8);
    }

    @Override
    public int compareTo(MacAddress other) {
        return Long.compare(bits, other.bits);
    }

    @Override
    public String toString() {
        char[] out = new char[17];
        for (int i = 0; i < 6; i++) {
            int b = (int) (bits >>> (40 - 8 * i)) & 0xff;
            out[3 * i] = HEX[b >>> 4];
            out[3 * i + 1] = HEX[b & 0xf];
            if (i < 5) {
                out[3 * i + 2] = ':';
            }
        }
        return new String(out);
    }

    /** The twelve lowercase hex digits without separators, {@code 0050569a01ff}. */
    public String hexDigits() {
        char[] out = new char[12];
        for (int i = 0; i < 12; i++) {
            out[i] = HEX[(int) (bits >>> (44 - 4 * i)) & 0xf];
        }
        return new String(out);
    }
}
