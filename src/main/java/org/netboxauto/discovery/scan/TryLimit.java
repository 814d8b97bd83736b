package org.netboxauto.discovery.scan;

/**
 * How many retries a silent address gets: one at first, and one more each time the answers to the
 * last allowed retry show that loss is bad enough for another retry to find a host, up to the
 * configured number. nmap likewise allows one try more than the highest that was ever answered;
 * here a further try over every silent address must be expected to find a host per
 * {@value #PROBES_PER_HOST} probes it costs, so one lost answer among a thousand hosts does not
 * buy another pass over a /16.
 */
final class TryLimit {

    static final long PROBES_PER_HOST = 100_000;

    private final int configured;
    private final int[] answersOnTry;
    private int answers;
    private int allowed;

    TryLimit(int configuredRetries) {
        this.configured = configuredRetries;
        this.answersOnTry = new int[configuredRetries + 1];
        this.allowed = Math.min(1, configuredRetries);
    }

    /** Retries an address may get now; it may grow as answers come. */
    int allowedRetries() {
        return allowed;
    }

    /**
     * @param retry  0 for an answer to the first probe, else the number of retries sent to it
     * @param silent addresses still silent, each of which the next retry would cost a probe
     */
    void answered(int retry, long silent) {
        answers++;
        answersOnTry[Math.min(retry, configured)]++;
        if (retry >= 1 && retry == allowed && allowed < configured) {
            // loss estimated from the answers to this retry; the hosts still missing are about as many again times it
            double loss = (double) answersOnTry[retry] / answers;
            double missing = answersOnTry[retry] * loss;
            if (missing * PROBES_PER_HOST >= silent) {
                allowed++;
            }
        }
    }
}
