package org.netboxauto.discovery.names;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Optional;

/** One question over UDP to one or more peers: the first datagram from one of them carrying the question's id. */
final class UdpAsk {

    /** A datagram from an asked peer, cut at the reader's limit. */
    record Reply(byte[] bytes, int length) {
    }

    private UdpAsk() {
    }

    /**
     * @param deadline {@link System#nanoTime()} after which no answer counts
     * @param maxBytes the largest answer read; longer datagrams arrive cut and their decoder refuses them
     * @return empty when nobody answered in time or the question could not be sent
     */
    static Optional<Reply> ask(List<InetSocketAddress> peers, byte[] question, int id, long deadline, int maxBytes) {
        try (DatagramSocket socket = new DatagramSocket()) {
            for (InetSocketAddress peer : peers) {
                socket.send(new DatagramPacket(question, question.length, peer));
            }
            byte[] buffer = new byte[maxBytes + 1];
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return Optional.empty();
                }
                socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                boolean fromPeer = peers.stream().anyMatch(p -> p.getAddress().equals(packet.getAddress())
                        && p.getPort() == packet.getPort());
                if (fromPeer && packet.getLength() >= 2
                        && ((buffer[0] & 0xFF) << 8 | buffer[1] & 0xFF) == id) {
                    return Optional.of(new Reply(java.util.Arrays.copyOf(buffer, packet.getLength()),
                            packet.getLength()));
                }
            }
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        } catch (IOException e) {
            // unreachable network, no route, refused port: the same as no answer for a name lookup
            return Optional.empty();
        }
    }
}
