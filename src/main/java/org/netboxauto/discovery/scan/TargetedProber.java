package org.netboxauto.discovery.scan;

import java.io.IOException;

/**
 * Lets {@link Sweep} drive an {@link Ipv6Prober} over a list of addresses: keys are indexes into
 * {@link Ipv6Targets}; answers from addresses that are not targets go to {@code others}.
 */
final class TargetedProber implements Prober {

    private final Ipv6Prober prober;
    private final Ipv6Targets targets;
    private final Ipv6Prober.Sink others;

    TargetedProber(Ipv6Prober prober, Ipv6Targets targets, Ipv6Prober.Sink others) {
        this.prober = prober;
        this.targets = targets;
        this.others = others;
    }

    @Override
    public String method() {
        return prober.method();
    }

    @Override
    public void send(int key) throws IOException {
        prober.send(targets.address(key));
    }

    @Override
    public void poll(ReplySink replies) throws IOException {
        prober.poll((ip, mac, received) -> {
            int key = targets.keyOf(ip);
            if (key >= 0) {
                replies.reply(key, mac, received);
            } else {
                others.answer(ip, mac, received);
            }
        });
    }

    @Override
    public void close() {
        // the link's prober outlives one sweep; its owner closes it
    }
}
