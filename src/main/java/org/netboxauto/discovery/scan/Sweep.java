package org.netboxauto.discovery.scan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Probes every target with one prober from a single thread, timed as nmap does: a silent address
 * is probed again as soon as the wait learned from the answers has passed ({@link RttEstimator}),
 * retries go before new addresses, the number of retries follows the loss seen ({@link TryLimit}),
 * the send rate starts at the configured ceiling and backs off on loss ({@link SendRate}), and the
 * run ends one learned wait after the last probe. State per target is two ints, a byte and a bit.
 */
final class Sweep {

    private static final Logger LOG = LoggerFactory.getLogger(Sweep.class);
    // reading the capture costs a few system calls, so a tight send loop looks only every 32 packets
    private static final int POLL_EVERY = 31;

    private final Targets targets;
    private final Prober prober;
    private final ScanProgress progress;
    private final BooleanSupplier cancelled;
    private final int[] sentMicros;
    /** When the probe before the last one was sent: the one a retry's answer shows lost (or late). */
    private final int[] earlierMicros;
    private final byte[] tries;
    private final BitSet answered;
    private final IndexQueue waiting = new IndexQueue();
    private final List<Answer> answers = new ArrayList<>();
    private final long start = System.nanoTime();
    private final RttEstimator rtt;
    private final SendRate rate;
    private final TryLimit tryLimit;
    private final Pacer pacer;
    private int strays;
    private int sends;
    private int parkedAt = -1;

    Sweep(Targets targets, Prober prober, SweepSettings settings, ScanProgress progress,
          BooleanSupplier cancelled) {
        this.targets = targets;
        this.prober = prober;
        this.progress = progress;
        this.cancelled = cancelled;
        this.sentMicros = new int[targets.size()];
        this.tries = new byte[targets.size()];
        this.answered = new BitSet(targets.size());
        this.earlierMicros = new int[targets.size()];
        this.rtt = new RttEstimator(settings.timeout().toNanos());
        this.rate = new SendRate(settings.rate(), start);
        this.tryLimit = new TryLimit(settings.retries());
        this.pacer = new Pacer(rate.perSecond());
    }

    /** @return every address that answered, once each */
    List<Answer> run() throws IOException, InterruptedException {
        int next = 0;
        int ppa = prober.packetsPerAddress();
        while (true) {
            long now = System.nanoTime();
            int due = dueRetry(now);
            if (due < 0 && next >= targets.size()) {
                if (waiting.isEmpty() && !requeueParked()) {
                    break;
                }
                idle(now);
                continue;
            }
            if (!pacer.ready(now) || !prober.canSend()) {
                poll();
                pacer.pause(now);
                continue;
            }
            int index = due >= 0 ? waiting.poll() : next++;
            if (due < 0) {
                progress.probed();
            } else {
                earlierMicros[index] = sentMicros[index];
            }
            prober.send(targets.ipAt(index));
            sentMicros[index] = micros(now);
            tries[index]++;
            waiting.add(index);
            pacer.sent(ppa, now);
            if ((++sends & POLL_EVERY) == 0) {
                poll();
            }
        }
        LOG.debug("{}: {} probes to {} addresses in {} ms, {} answered; rate {} pps after {} cuts, wait {} ms,"
                        + " {} retries allowed", prober.method(), sends, targets.size(),
                (System.nanoTime() - start) / 1_000_000, answers.size(), (long) rate.perSecond(), rate.cuts(),
                rtt.timeoutNanos() / 1_000_000, tryLimit.allowedRetries());
        if (strays > 0) {
            LOG.debug("{} ignored {} answers from addresses it did not probe", prober.method(), strays);
        }
        return answers;
    }

    /**
     * The index of the oldest unanswered probe when its wait has passed and it may be retried
     * (it stays at the queue's head), or -1. Answered probes and those out of retries leave the queue.
     */
    private int dueRetry(long now) {
        long wait = rtt.timeoutNanos();
        while (!waiting.isEmpty()) {
            int index = waiting.peek();
            if (answered.get(index)) {
                waiting.poll();
                continue;
            }
            if (now - nanos(sentMicros[index]) < wait) {
                return -1;
            }
            if (tries[index] <= tryLimit.allowedRetries()) {
                return index;
            }
            waiting.poll();
            parkedAt = Math.max(parkedAt, tryLimit.allowedRetries());
        }
        return -1;
    }

    /** Puts addresses that ran out of retries back in line when loss has since allowed more. */
    private boolean requeueParked() {
        if (parkedAt < 0 || tryLimit.allowedRetries() <= parkedAt) {
            return false;
        }
        parkedAt = -1;
        for (int i = 0; i < targets.size(); i++) {
            if (!answered.get(i) && tries[i] > 0 && tries[i] <= tryLimit.allowedRetries()) {
                waiting.add(i);
            }
        }
        return !waiting.isEmpty();
    }

    private void idle(long now) throws IOException, InterruptedException {
        poll();
        if (!waiting.isEmpty()) {
            long left = nanos(sentMicros[waiting.peek()]) + rtt.timeoutNanos() - now;
            if (left > 0) {
                LockSupport.parkNanos(Math.min(left, 1_000_000));
            }
        }
    }

    private void poll() throws IOException, InterruptedException {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("scan cancelled");
        }
        prober.poll(this::reply);
    }

    private void reply(int ip, long mac, long receivedNanos) {
        int index = targets.indexOf(ip);
        if (index < 0 || tries[index] == 0) {
            strays++;
            return;
        }
        if (answered.get(index)) {
            return;
        }
        answered.set(index);
        progress.answered();
        long rttNanos = Math.max(0, receivedNanos - nanos(sentMicros[index]));
        int retry = tries[index] - 1;
        if (retry == 0) {
            rtt.sample(rttNanos);
            rate.answeredFirst(receivedNanos);
        } else {
            // the answer may be a late one to the earlier probe: counting it so keeps the wait from staying too short
            rtt.sample(receivedNanos - nanos(earlierMicros[index]));
            int before = rate.cuts();
            rate.answeredRetry(nanos(earlierMicros[index]), receivedNanos);
            if (rate.cuts() != before) {
                LOG.debug("{}: loss at {} ms: rate now {} pps (retry {} of {} answered after {} ms; wait {} ms, {} answers)",
                        prober.method(), (receivedNanos - start) / 1_000_000, (long) rate.perSecond(), retry,
                        targets.text(ip), rttNanos / 1e6, rtt.timeoutNanos() / 1_000_000, answers.size());
            }
        }
        pacer.rate(rate.perSecond());
        answers.add(new Answer(ip, mac, prober.method(), rttNanos / 1e6));
        tryLimit.answered(retry, targets.size() - (long) answers.size());
    }

    // 0 means "never sent", so time starts at 1 µs
    private int micros(long now) {
        return (int) Math.min(Integer.MAX_VALUE, (now - start) / 1000 + 1);
    }

    private long nanos(int micros) {
        return start + (micros - 1L) * 1000;
    }
}
