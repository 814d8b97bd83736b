package org.netboxauto.core;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Comparator;

/** Orders IP literals as an admin reads them: IPv4 before IPv6, numerically. */
public final class IpOrder {

    public static final Comparator<String> LITERALS = Comparator.comparing(IpOrder::key);

    private IpOrder() {
    }

    private static Key key(String literal) {
        try {
            InetAddress address = IpLiterals.parse(literal);
            return new Key(address instanceof Inet4Address ? 0 : 1, address.getAddress(), literal);
        } catch (IllegalArgumentException e) {
            return new Key(2, new byte[0], literal);
        }
    }

    private record Key(int family, byte[] bytes, String text) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Integer.compare(family, o.family);
            if (c == 0) {
                c = Arrays.compareUnsigned(bytes, o.bytes);
            }
            return c != 0 ? c : text.compareTo(o.text);
        }
    }
}
