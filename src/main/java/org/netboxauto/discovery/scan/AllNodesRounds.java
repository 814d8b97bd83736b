package org.netboxauto.discovery.scan;

import java.io.IOException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Asks every node of a link at once, in rounds: a round ends one learned wait ({@link RttEstimator})
 * after its last answer, or at the configured timeout when none comes. A multicast is not
 * retransmitted by anyone, so a second round always follows; more follow, up to {@code retries}
 * extra ones, while a round still brings an address not heard before.
 */
final class AllNodesRounds {

    private final Ipv6Prober prober;
    private final SweepSettings settings;
    private final BooleanSupplier cancelled;
    private final RttEstimator rtt;

    AllNodesRounds(Ipv6Prober prober, SweepSettings settings, BooleanSupplier cancelled) {
        this.prober = prober;
        this.settings = settings;
        this.cancelled = cancelled;
        this.rtt = new RttEstimator(settings.timeout().toNanos());
    }

    /** Hands every answer to {@code sink}, which returns true for an address it had not heard yet. */
    void run(NewAnswer sink) throws IOException, InterruptedException {
        int rounds = Math.max(2, settings.retries() + 1);
        for (int round = 0; round < rounds; round++) {
            long sent = System.nanoTime();
            prober.sendAllNodes(round);
            long ceiling = sent + settings.timeout().toNanos();
            long[] last = {0};
            int[] fresh = {0};
            while (true) {
                if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("scan cancelled");
                }
                prober.poll((ip, mac, received) -> {
                    rtt.sample(received - sent);
                    last[0] = received;
                    if (sink.answer(ip, mac, received, (received - sent) / 1e6)) {
                        fresh[0]++;
                    }
                });
                long now = System.nanoTime();
                if (now >= ceiling || (last[0] != 0 && now - last[0] >= rtt.timeoutNanos())) {
                    break;
                }
                LockSupport.parkNanos(1_000_000);
            }
            if (round >= 1 && fresh[0] == 0) {
                break;
            }
        }
    }

    /** Receives each answer with its delay since the round's request. */
    interface NewAnswer {
        boolean answer(byte[] ip, long mac, long receivedNanos, double rttMillis);
    }
}
