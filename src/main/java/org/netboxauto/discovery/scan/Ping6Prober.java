package org.netboxauto.discovery.scan;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ICMPv6 echo through a Linux ping socket (SOCK_DGRAM, IPPROTO_ICMPV6), allowed without privilege by
 * {@code net.ipv4.ping_group_range} as for IPv4. Bound to our address on the prefix, so hosts answer
 * an echo to ff02::1 from theirs; the answers carry no MAC (the neighbour table gives it).
 */
final class Ping6Prober implements Ipv6Prober {

    private static final Logger LOG = LoggerFactory.getLogger(Ping6Prober.class);
    private static final int AF_INET6 = 10;
    private static final int IPPROTO_ICMPV6 = 58;
    private static final int SOCKADDR_IN6 = 28;

    private final Arena arena = Arena.ofConfined();
    private final int fd;
    private final int scope;
    private final MemorySegment state = arena.allocate(Libc.STATE);
    private final MemorySegment packet = arena.allocate(16);
    private final MemorySegment to = arena.allocate(SOCKADDR_IN6);
    private final MemorySegment from = arena.allocate(SOCKADDR_IN6);
    private final MemorySegment fromLength = arena.allocate(JAVA_INT);
    private final MemorySegment buffer = arena.allocate(1500);
    private short sequence;

    private Ping6Prober(int fd, int scope) {
        this.fd = fd;
        this.scope = scope;
        packet.set(JAVA_BYTE, 0, (byte) Icmp6Frames.ECHO_REQUEST);
        to.set(JAVA_SHORT, 0, (short) AF_INET6);
    }

    /** Empty, with the reason logged, when this system does not let the process send ICMPv6 echo. */
    static Optional<Ipv6Prober> open(String key, Optional<Link6> link, Optional<byte[]> source) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            LOG.info("{}: icmp is used on Linux only (ping sockets); IPv6 prefixes are probed with tcp", key);
            return Optional.empty();
        }
        try (Arena temp = Arena.ofConfined()) {
            MemorySegment st = temp.allocate(Libc.STATE);
            int fd = (int) Libc.SOCKET.invokeExact(st, AF_INET6, Libc.SOCK_DGRAM_NONBLOCK, IPPROTO_ICMPV6);
            if (fd < 0) {
                LOG.info("{}: ICMPv6 echo is not allowed for this user (errno {}); allow it with sysctl"
                        + " net.ipv4.ping_group_range=\"0 2147483647\"; IPv6 prefixes are probed with tcp", key,
                        Libc.errno(st));
                return Optional.empty();
            }
            int scope = link.map(Link6::index).orElse(0);
            if (source.isPresent()) {
                MemorySegment own = temp.allocate(SOCKADDR_IN6);
                socketAddress(own, source.get(), scope);
                int bound = (int) Libc.BIND.invokeExact(st, fd, own, SOCKADDR_IN6);
                if (bound < 0) {
                    LOG.info("{}: cannot send ICMPv6 echo from {} (errno {}); IPv6 prefixes are probed with tcp",
                            key, Ipv6.text(source.get()), Libc.errno(st));
                    int ignored = (int) Libc.CLOSE.invokeExact(fd);
                    return Optional.empty();
                }
            }
            return Optional.of(new Ping6Prober(fd, scope));
        } catch (Throwable e) {
            LOG.info("{}: ICMPv6 echo is not available here ({}); IPv6 prefixes are probed with tcp", key,
                    e.toString());
            return Optional.empty();
        }
    }

    @Override
    public String method() {
        return "icmp6";
    }

    @Override
    public void sendAllNodes(int round) throws IOException {
        send(Ipv6.ALL_NODES);
    }

    @Override
    public void send(byte[] ip) throws IOException {
        packet.set(JAVA_SHORT, 6, sequence++);
        socketAddress(to, ip, scope);
        long sent;
        try {
            sent = (long) Libc.SENDTO.invokeExact(state, fd, packet, 16L, 0, to, SOCKADDR_IN6);
        } catch (Throwable e) {
            throw new IOException("sending ICMPv6 echo failed", e);
        }
        if (sent < 0) {
            LOG.debug("ICMPv6 echo to {} not sent, errno {}", Ipv6.text(ip), Libc.errno(state));
        }
    }

    @Override
    public void poll(Sink sink) throws IOException {
        while (true) {
            fromLength.set(JAVA_INT, 0, SOCKADDR_IN6);
            long n;
            try {
                n = (long) Libc.RECVFROM.invokeExact(state, fd, buffer, 1500L, Libc.MSG_DONTWAIT, from,
                        fromLength);
            } catch (Throwable e) {
                throw new IOException("reading ICMPv6 replies failed", e);
            }
            if (n < 0) {
                int errno = Libc.errno(state);
                if (errno != Libc.EAGAIN) {
                    LOG.debug("reading ICMPv6 replies: errno {}", errno);
                }
                return;
            }
            if (n >= 8 && (buffer.get(JAVA_BYTE, 0) & 0xFF) == Icmp6Frames.ECHO_REPLY) {
                sink.answer(from.asSlice(8, 16).toArray(JAVA_BYTE), -1, System.nanoTime());
            }
        }
    }

    private static void socketAddress(MemorySegment out, byte[] ip, int scope) {
        out.fill((byte) 0);
        out.set(JAVA_SHORT, 0, (short) AF_INET6);
        MemorySegment.copy(MemorySegment.ofArray(ip), 0, out, 8, 16);
        // a scope id on a global address is refused by bind: only link-local and multicast take one
        if (Ipv6.isLinkLocal(ip) || (ip[0] & 0xFF) == 0xFF) {
            out.set(JAVA_INT, 24, scope);
        }
    }

    @Override
    public void close() {
        try {
            int ignored = (int) Libc.CLOSE.invokeExact(fd);
        } catch (Throwable e) {
            LOG.debug("closing the ICMPv6 socket failed", e);
        }
        arena.close();
    }
}
