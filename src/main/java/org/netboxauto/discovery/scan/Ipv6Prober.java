package org.netboxauto.discovery.scan;

import java.io.IOException;

/**
 * Probes on one IPv6 link: all nodes at once (ff02::1), or one address. Every answer names its
 * sender, probed or not, since a group's members are not known before they answer.
 */
interface Ipv6Prober extends AutoCloseable {

    /** "ndp" or "icmp6": the evidence of what answered. */
    String method();

    /** Asks every node on the link to answer; {@code round} tells the requests of a run apart. */
    void sendAllNodes(int round) throws IOException;

    void send(byte[] ip) throws IOException;

    /** Hands every answer received so far to {@code sink}; returns at once when there is none. */
    void poll(Sink sink) throws IOException;

    @Override
    void close();

    /** Receives answers. */
    interface Sink {
        /** @param mac the sender's MAC as 48 bits, or -1 when the method does not see it */
        void answer(byte[] ip, long mac, long receivedNanos);
    }
}
