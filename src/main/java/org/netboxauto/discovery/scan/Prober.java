package org.netboxauto.discovery.scan;

import java.io.IOException;

/** Sends one probe method's packets and hands back the answers; never blocks, so one thread drives it. */
interface Prober extends AutoCloseable {

    /** "arp", "icmp" or "tcp": the evidence of what answered. */
    String method();

    /** Packets one address costs, for pacing at the configured rate. */
    default int packetsPerAddress() {
        return 1;
    }

    /** False while the prober holds as many probes in flight as it may. */
    default boolean canSend() {
        return true;
    }

    void send(int ip) throws IOException;

    /** Hands every answer received so far to {@code replies}; returns at once when there is none. */
    void poll(ReplySink replies) throws IOException;

    @Override
    void close();

    /** Receives answers. */
    interface ReplySink {
        /** @param mac the sender's MAC as 48 bits, or -1 when the method does not see it */
        void reply(int ip, long mac, long receivedNanos);
    }
}
