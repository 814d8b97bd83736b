package org.netboxauto.net;

/** Byte counts as people read them. */
public final class Sizes {

    private Sizes() {
    }

    public static String readable(long bytes) {
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
}
