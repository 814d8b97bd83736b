package org.netboxauto.discovery.dnsmasq;

import java.util.Arrays;
import org.netboxauto.discovery.CollectorException;

/**
 * dnsmasq rewrites its lease file in place (truncate, then buffered writes), so one read can catch it empty or cut
 * at a line's end and look like a shorter, valid list. A read counts only when the next one has the same bytes.
 */
final class StableRead {

    /** One read of the whole file. */
    @FunctionalInterface
    interface Reader {
        byte[] read() throws CollectorException;
    }

    static final int ATTEMPTS = 5;
    private static final long PAUSE_MS = 50;

    private StableRead() {
    }

    /** The file's bytes once two reads in a row agree; after {@link #ATTEMPTS} reads, the last one. */
    static byte[] of(Reader reader) throws CollectorException, InterruptedException {
        byte[] previous = reader.read();
        for (int i = 1; i < ATTEMPTS; i++) {
            byte[] next = reader.read();
            if (Arrays.equals(previous, next)) {
                return next;
            }
            previous = next;
            Thread.sleep(PAUSE_MS);
        }
        return previous;
    }
}
