package org.netboxauto.net;

/** Sizes and durations as people read them in a message. */
public final class Readable {

    private Readable() {
    }

    public static String bytes(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= 1L << 20) {
            return (bytes % (1L << 20) == 0 ? Long.toString(bytes >> 20) : String.format("%.1f", bytes / 1048576.0))
                    + " MiB";
        }
        if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }

    /** {@code 10 s} or {@code 400 ms}. */
    public static String duration(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
