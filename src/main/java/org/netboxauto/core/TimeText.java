package org.netboxauto.core;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** One way to show a time everywhere: local time, {@code 2026-12-02 14:03} for people, ISO with seconds for files. */
public final class TimeText {

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private TimeText() {
    }

    /** {@code 2026-12-02 14:03} in the given zone. */
    public static String text(Instant time, ZoneId zone) {
        return TEXT.format(time.atZone(zone));
    }

    /** {@code 2026-12-02 14:03} in this machine's zone. */
    public static String text(Instant time) {
        return text(time, ZoneId.systemDefault());
    }

    /** {@code 2026-12-02T14:03:07+01:00}: ISO 8601 with seconds and the offset, in the given zone. */
    public static String iso(Instant time, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    /** ISO 8601 with seconds and the offset, in this machine's zone. */
    public static String iso(Instant time) {
        return iso(time, ZoneId.systemDefault());
    }
}
