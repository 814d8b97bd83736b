package org.netboxauto.discovery.scan;

/**
 * The send rate of a sweep, as nmap's congestion window: it starts at the configured ceiling and
 * halves when answers stop coming, i.e. when the share of answers that came only to a retry
 * (averaged over about the last {@value #WINDOW} answers) reaches one in {@value #DROP_SHARE}.
 * After {@value #WINDOW} answers to first probes with little such loss it grows by a quarter, up to
 * the ceiling. Only the loss of probes sent at the current rate counts, so one burst of loss cuts
 * the rate once, not once per probe lost in it.
 */
final class SendRate {

    static final int WINDOW = 64;
    static final int DROP_SHARE = 20;
    /** The lowest rate is the ceiling divided by this. */
    static final int FLOOR_DIVISOR = 32;

    private final double ceiling;
    private final double floor;
    private double current;
    private double loss;
    private int acks;
    private long changedAt;
    private int cuts;

    SendRate(int ceiling, long now) {
        this.ceiling = ceiling;
        this.floor = floor(ceiling);
        this.current = ceiling;
        this.changedAt = now;
    }

    static double floor(int ceiling) {
        return Math.max(1, (double) ceiling / FLOOR_DIVISOR);
    }

    double perSecond() {
        return current;
    }

    /** When the rate last changed: a probe sent before then was sent at another rate. */
    long changedAt() {
        return changedAt;
    }

    int cuts() {
        return cuts;
    }

    /** An answer to an address's first probe. */
    void answeredFirst(long now) {
        loss -= loss / WINDOW;
        if (++acks >= WINDOW && loss * DROP_SHARE * 4 < 1 && current < ceiling) {
            change(Math.min(ceiling, current * 1.25), now);
        }
    }

    /**
     * An answer that came only to a retry: the earlier probe or its answer was lost (or late).
     *
     * @param lostSentAt when the unanswered probe was sent
     */
    void answeredRetry(long lostSentAt, long now) {
        if (lostSentAt - changedAt < 0) {
            return;
        }
        loss += (1 - loss) / WINDOW;
        if (loss * DROP_SHARE >= 1) {
            cuts++;
            change(Math.max(floor, current / 2), now);
        }
    }

    private void change(double rate, long now) {
        current = rate;
        acks = 0;
        loss = 0;
        changedAt = now;
    }
}
