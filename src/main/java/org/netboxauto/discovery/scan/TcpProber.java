package org.netboxauto.discovery.scan;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Non-blocking TCP connects to the configured ports: an accepted connection or a refusal (a reset)
 * both prove the host is up. A bounded number of sockets is open at any time, however large the range.
 */
final class TcpProber implements Prober {

    private final IntFunction<InetAddress> addresses;
    private final List<Integer> ports;
    private final int maxOpen;
    private final long timeoutNanos;
    private final Selector selector;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();

    private record Pending(SocketChannel channel, int ip, long deadline) {
    }

    TcpProber(List<Integer> ports, int maxOpen, long timeoutNanos) throws IOException {
        this(ports, maxOpen, timeoutNanos, Ipv4::address);
    }

    /** @param addresses the address of each key the sweep sends to */
    TcpProber(List<Integer> ports, int maxOpen, long timeoutNanos, IntFunction<InetAddress> addresses)
            throws IOException {
        this.addresses = addresses;
        this.ports = List.copyOf(ports);
        this.maxOpen = maxOpen;
        this.timeoutNanos = timeoutNanos;
        this.selector = Selector.open();
    }

    @Override
    public String method() {
        return "tcp";
    }

    @Override
    public int packetsPerAddress() {
        return ports.size();
    }

    @Override
    public boolean canSend() {
        return selector.keys().size() + ports.size() <= maxOpen;
    }

    @Override
    public void send(int ip) throws IOException {
        for (int port : ports) {
            SocketChannel channel = SocketChannel.open();
            try {
                channel.configureBlocking(false);
                channel.connect(new InetSocketAddress(addresses.apply(ip), port));
                Pending p = new Pending(channel, ip, System.nanoTime() + timeoutNanos);
                channel.register(selector, SelectionKey.OP_CONNECT, p);
                pending.add(p);
            } catch (IOException e) {
                // unreachable network or no route: this address is not answering
                channel.close();
            }
        }
    }

    @Override
    public void poll(ReplySink replies) throws IOException {
        if (selector.selectNow() > 0) {
            Iterator<SelectionKey> it = selector.selectedKeys().iterator();
            while (it.hasNext()) {
                SelectionKey key = it.next();
                it.remove();
                Pending p = (Pending) key.attachment();
                if (answered(p.channel())) {
                    replies.reply(p.ip(), -1, System.nanoTime());
                }
                key.cancel();
                p.channel().close();
            }
        }
        long now = System.nanoTime();
        while (!pending.isEmpty() && (now - pending.peek().deadline() > 0 || !pending.peek().channel().isOpen())) {
            pending.poll().channel().close();
        }
    }

    private static boolean answered(SocketChannel channel) {
        try {
            return channel.finishConnect();
        } catch (ConnectException e) {
            return e.getMessage() != null && e.getMessage().contains("refused");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        for (Pending p : pending) {
            try {
                p.channel().close();
            } catch (IOException ignored) {
                // closing is best effort
            }
        }
        try {
            selector.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
