package org.netboxauto.discovery.snmp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A UDP relay on loopback in front of snmpsimd that drops every reply larger than a limit, as
 * switches with a small buffer (or a path with a low MTU and no fragments) do.
 */
final class DroppingRelay implements AutoCloseable {

    private final DatagramSocket front;
    private final DatagramSocket back;
    private final InetSocketAddress upstream;
    private final int maxReplyBytes;
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile SocketAddress client;

    DroppingRelay(int upstreamPort, int maxReplyBytes) throws IOException {
        this.front = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        this.back = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        this.upstream = new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort);
        this.maxReplyBytes = maxReplyBytes;
        Thread.ofPlatform().daemon().name("relay-requests").start(this::requests);
        Thread.ofPlatform().daemon().name("relay-replies").start(this::replies);
    }

    int port() {
        return front.getLocalPort();
    }

    int dropped() {
        return dropped.get();
    }

    private void requests() {
        byte[] buffer = new byte[65_535];
        while (!front.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buffer, buffer.length);
                front.receive(p);
                client = p.getSocketAddress();
                back.send(new DatagramPacket(p.getData(), p.getLength(), upstream));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void replies() {
        byte[] buffer = new byte[65_535];
        while (!back.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buffer, buffer.length);
                back.receive(p);
                if (p.getLength() > maxReplyBytes) {
                    dropped.incrementAndGet();
                } else if (client != null) {
                    front.send(new DatagramPacket(p.getData(), p.getLength(), client));
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        front.close();
        back.close();
    }
}
