package org.netboxauto.discovery.scan;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** IPv6 addresses to probe one by one, each keyed by its index: a list, never a range of 2^64. */
final class Ipv6Targets implements Targets {

    private final List<byte[]> addresses = new ArrayList<>();
    private final Map<ByteBuffer, Integer> index = new HashMap<>();

    Ipv6Targets(Collection<byte[]> candidates) {
        for (byte[] a : candidates) {
            if (index.putIfAbsent(ByteBuffer.wrap(a.clone()), addresses.size()) == null) {
                addresses.add(a.clone());
            }
        }
    }

    @Override
    public int size() {
        return addresses.size();
    }

    @Override
    public int ipAt(int i) {
        return i;
    }

    @Override
    public int indexOf(int key) {
        return key >= 0 && key < addresses.size() ? key : -1;
    }

    @Override
    public String text(int key) {
        return Ipv6.text(addresses.get(key));
    }

    byte[] address(int key) {
        return addresses.get(key);
    }

    /** The key of {@code ip}, or -1 when it is not a target. */
    int keyOf(byte[] ip) {
        return index.getOrDefault(ByteBuffer.wrap(ip), -1);
    }
}
