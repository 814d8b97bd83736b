package org.netboxauto.discovery.scan;

import java.util.Locale;
import org.netboxauto.discovery.CollectorContext;

/** Counts addresses probed of the total and tells the run at most every 200 ms. */
final class ScanProgress {

    private static final long EVERY_NANOS = 200_000_000;

    private final CollectorContext context;
    private final long total;
    private long probed;
    private long answered;
    private long lastReport = System.nanoTime() - EVERY_NANOS;

    ScanProgress(CollectorContext context, long total) {
        this.context = context;
        this.total = total;
    }

    void probed() {
        probed++;
        maybeReport();
    }

    void answered() {
        answered++;
    }

    void maybeReport() {
        long now = System.nanoTime();
        if (now - lastReport >= EVERY_NANOS) {
            lastReport = now;
            report();
        }
    }

    void report() {
        context.progress(String.format(Locale.ROOT, "probed %,d / %,d addresses, %,d answered", probed, total,
                answered));
    }

    long probedCount() {
        return probed;
    }
}
