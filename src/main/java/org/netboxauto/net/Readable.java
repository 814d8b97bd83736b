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

    private static final java.time.format.DateTimeFormatter LOCAL_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ROOT);

    /** {@code 2026-12-02 14:03} in this computer's time zone: the one format for times in text. */
    public static String time(java.time.Instant at) {
        return LOCAL_TIME.format(at.atZone(java.time.ZoneId.systemDefault()));
    }

    /** {@code 10 s} or {@code 400 ms}. */
    public static String duration(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
