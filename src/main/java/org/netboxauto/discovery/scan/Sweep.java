package org.netboxauto.discovery.scan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Probes every target with one prober from a single thread: paced at the configured rate, then
 * again for the addresses still silent (no sooner than the timeout after the previous pass), then a
 * final wait for late answers. State per target is one int and one bit, so a /16 needs about 260 KB.
 */
final class Sweep {

    private static final Logger LOG = LoggerFactory.getLogger(Sweep.class);
    // reading the capture costs a few system calls, so a tight send loop looks only every 32 packets
    private static final int POLL_EVERY = 31;

    private final ScanTargets targets;
    private final Prober prober;
    private final SweepSettings settings;
    private final ScanProgress progress;
    private final BooleanSupplier cancelled;
    private final int[] sentMicros;
    private final BitSet answered;
    private final List<Answer> answers = new ArrayList<>();
    private final long start = System.nanoTime();
    private final Pacer pacer;
    private int strays;

    Sweep(ScanTargets targets, Prober prober, SweepSettings settings, ScanProgress progress,
          BooleanSupplier cancelled) {
        this.targets = targets;
        this.prober = prober;
        this.settings = settings;
        this.progress = progress;
        this.cancelled = cancelled;
        this.sentMicros = new int[targets.size()];
        this.answered = new BitSet(targets.size());
        this.pacer = new Pacer(settings.rate());
    }

    /** @return every address that answered, once each */
    List<Answer> run() throws IOException, InterruptedException {
        long timeoutNanos = settings.timeout().toNanos();
        long passStart = 0;
        for (int pass = 0; pass <= settings.retries(); pass++) {
            if (pass > 0) {
                if (answered.cardinality() == targets.size()) {
                    break;
                }
                waitUntil(passStart + timeoutNanos);
            }
            passStart = System.nanoTime();
            sendPass(pass == 0);
            LOG.debug("{} pass {} took {} ms", prober.method(), pass, (System.nanoTime() - passStart) / 1_000_000);
        }
        waitUntil(System.nanoTime() + timeoutNanos);
        if (strays > 0) {
            LOG.debug("{} ignored {} answers from addresses it did not probe", prober.method(), strays);
        }
        return answers;
    }

    private void sendPass(boolean first) throws IOException, InterruptedException {
        int ppa = prober.packetsPerAddress();
        for (int i = 0; i < targets.size(); i++) {
            if (answered.get(i)) {
                continue;
            }
            long now = System.nanoTime();
            while (!pacer.ready(now) || !prober.canSend()) {
                poll();
                pacer.pause(now);
                now = System.nanoTime();
            }
            prober.send(targets.ipAt(i));
            sentMicros[i] = micros(now);
            pacer.sent(ppa, now);
            if (first) {
                progress.probed();
            }
            if ((i & POLL_EVERY) == 0) {
                poll();
            }
        }
    }

    private void waitUntil(long deadline) throws IOException, InterruptedException {
        while (System.nanoTime() - deadline < 0) {
            poll();
            Thread.sleep(1);
        }
        poll();
    }

    private void poll() throws IOException, InterruptedException {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("scan cancelled");
        }
        prober.poll(this::reply);
    }

    private void reply(int ip, long mac, long receivedNanos) {
        int index = targets.indexOf(ip);
        if (index < 0 || sentMicros[index] == 0) {
            strays++;
            return;
        }
        if (answered.get(index)) {
            return;
        }
        answered.set(index);
        progress.answered();
        double rtt = Math.max(0, (receivedNanos - start) / 1000 - (sentMicros[index] - 1L)) / 1000.0;
        answers.add(new Answer(ip, mac, prober.method(), rtt));
    }

    // 0 means "never sent", so time starts at 1 µs
    private int micros(long now) {
        return (int) Math.min(Integer.MAX_VALUE, (now - start) / 1000 + 1);
    }
}
