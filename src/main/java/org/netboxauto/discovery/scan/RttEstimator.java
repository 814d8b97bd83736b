package org.netboxauto.discovery.scan;

/**
 * How long to wait for an answer, learned from the answers as TCP does (RFC 6298): smoothed RTT
 * plus four deviations, never below {@link #FLOOR_NANOS} (a descheduled thread or a busy segment
 * delays answers by that much) and never above the configured timeout, which is also the wait
 * before the first answer.
 */
final class RttEstimator {

    static final long FLOOR_NANOS = 100_000_000;

    private final long ceilingNanos;
    private double smoothed = -1;
    private double deviation;
    private int samples;

    RttEstimator(long ceilingNanos) {
        this.ceilingNanos = ceilingNanos;
    }

    void sample(long rttNanos) {
        double r = Math.max(0, rttNanos);
        if (smoothed < 0) {
            smoothed = r;
            deviation = r / 2;
        } else {
            deviation = 0.75 * deviation + 0.25 * Math.abs(smoothed - r);
            smoothed = 0.875 * smoothed + 0.125 * r;
        }
        samples++;
    }

    /** The wait for an answer before a probe counts as unanswered. */
    long timeoutNanos() {
        if (samples == 0) {
            return ceilingNanos;
        }
        long estimate = (long) (smoothed + 4 * deviation);
        return Math.min(ceilingNanos, Math.max(Math.min(FLOOR_NANOS, ceilingNanos), estimate));
    }

    int samples() {
        return samples;
    }
}
