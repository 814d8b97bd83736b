package org.netboxauto.discovery.scan;

import java.util.concurrent.locks.LockSupport;

/** Spaces packets evenly at a rate; a stalled thread may catch up by at most five milliseconds' worth. */
final class Pacer {

    private static final long CATCH_UP_NANOS = 5_000_000;

    private double nanosPerPacket;
    private long nextAt;

    Pacer(double packetsPerSecond) {
        rate(packetsPerSecond);
        nextAt = System.nanoTime();
    }

    void rate(double packetsPerSecond) {
        nanosPerPacket = 1e9 / packetsPerSecond;
    }

    boolean ready(long now) {
        return now - nextAt >= 0;
    }

    void sent(int packets, long now) {
        nextAt = Math.max(nextAt, now - CATCH_UP_NANOS) + (long) (packets * nanosPerPacket);
    }

    /** Sleeps briefly until the next packet is due. */
    void pause(long now) {
        long wait = Math.min(nextAt - now, 1_000_000);
        if (wait > 20_000) {
            LockSupport.parkNanos(wait);
        } else {
            Thread.onSpinWait();
        }
    }
}
