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
 * ICMP echo through a Linux "ping socket" (SOCK_DGRAM, IPPROTO_ICMP), which needs no privilege when
 * the user's group is in {@code net.ipv4.ping_group_range}. Elsewhere, or when that sysctl forbids
 * it, the scan goes on with TCP only.
 */
final class IcmpProber implements Prober {

    private static final Logger LOG = LoggerFactory.getLogger(IcmpProber.class);
    private static final int AF_INET = 2;
    private static final int IPPROTO_ICMP = 1;

    private final Arena arena = Arena.ofConfined();
    private final int fd;
    private final MemorySegment state = arena.allocate(Libc.STATE);
    private final MemorySegment packet = arena.allocate(16);
    private final MemorySegment to = arena.allocate(16);
    private final MemorySegment from = arena.allocate(16);
    private final MemorySegment fromLength = arena.allocate(JAVA_INT);
    private final MemorySegment buffer = arena.allocate(1500);
    private short sequence;

    private IcmpProber(int fd) {
        this.fd = fd;
        packet.set(JAVA_BYTE, 0, (byte) 8);
        to.set(JAVA_SHORT, 0, (short) AF_INET);
    }

    /** Empty, with the reason logged, when this system does not let the process send ICMP echo. */
    static Optional<Prober> open(String key) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            LOG.info("{}: icmp is used on Linux only (ping sockets); this system scans with tcp", key);
            return Optional.empty();
        }
        try (Arena temp = Arena.ofConfined()) {
            MemorySegment st = temp.allocate(Libc.STATE);
            int fd = (int) Libc.SOCKET.invokeExact(st, AF_INET, Libc.SOCK_DGRAM_NONBLOCK, IPPROTO_ICMP);
            if (fd < 0) {
                LOG.info("{}: ICMP echo is not allowed for this user (errno {}); allow it with sysctl"
                        + " net.ipv4.ping_group_range=\"0 2147483647\", or add arp; scanning with tcp", key,
                        Libc.errno(st));
                return Optional.empty();
            }
            return Optional.of(new IcmpProber(fd));
        } catch (Throwable e) {
            LOG.info("{}: ICMP echo is not available here ({}); scanning with tcp", key, e.toString());
            return Optional.empty();
        }
    }

    @Override
    public String method() {
        return "icmp";
    }

    @Override
    public void send(int ip) throws IOException {
        packet.set(JAVA_SHORT, 6, sequence++);
        to.set(JAVA_INT, 4, Integer.reverseBytes(ip));
        long sent;
        try {
            sent = (long) Libc.SENDTO.invokeExact(state, fd, packet, 16L, 0, to, 16);
        } catch (Throwable e) {
            throw new IOException("sending ICMP echo failed", e);
        }
        if (sent < 0) {
            LOG.debug("ICMP echo to {} not sent, errno {}", Ipv4.text(ip), Libc.errno(state));
        }
    }

    @Override
    public void poll(ReplySink replies) throws IOException {
        while (true) {
            fromLength.set(JAVA_INT, 0, 16);
            long n;
            try {
                n = (long) Libc.RECVFROM.invokeExact(state, fd, buffer, 1500L, Libc.MSG_DONTWAIT, from, fromLength);
            } catch (Throwable e) {
                throw new IOException("reading ICMP replies failed", e);
            }
            if (n < 0) {
                int errno = Libc.errno(state);
                if (errno != Libc.EAGAIN) {
                    LOG.debug("reading ICMP replies: errno {}", errno);
                }
                return;
            }
            if (n >= 8 && buffer.get(JAVA_BYTE, 0) == 0) {
                replies.reply(Integer.reverseBytes(from.get(JAVA_INT, 4)), -1, System.nanoTime());
            }
        }
    }

    @Override
    public void close() {
        try {
            int ignored = (int) Libc.CLOSE.invokeExact(fd);
        } catch (Throwable e) {
            LOG.debug("closing the ICMP socket failed", e);
        }
        arena.close();
    }
}
