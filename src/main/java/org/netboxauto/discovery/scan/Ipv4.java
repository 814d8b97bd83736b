package org.netboxauto.discovery.scan;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** IPv4 addresses as unsigned 32-bit values in an {@code int}, the form the sweep stores them in. */
final class Ipv4 {

    private Ipv4() {
    }

    static int of(InetAddress address) {
        if (!(address instanceof Inet4Address)) {
            throw new IllegalArgumentException(address.getHostAddress() + " is not an IPv4 address");
        }
        return ByteBuffer.wrap(address.getAddress()).order(ByteOrder.BIG_ENDIAN).getInt();
    }

    static int of(byte[] bytes, int offset) {
        return ByteBuffer.wrap(bytes, offset, 4).order(ByteOrder.BIG_ENDIAN).getInt();
    }

    static void put(int ip, byte[] bytes, int offset) {
        ByteBuffer.wrap(bytes, offset, 4).order(ByteOrder.BIG_ENDIAN).putInt(ip);
    }

    static InetAddress address(int ip) {
        byte[] bytes = new byte[4];
        put(ip, bytes, 0);
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(int ip) {
        return (ip >>> 24) + "." + ((ip >>> 16) & 0xFF) + "." + ((ip >>> 8) & 0xFF) + "." + (ip & 0xFF);
    }

    static long unsigned(int ip) {
        return ip & 0xFFFF_FFFFL;
    }
}
