package org.netboxauto.core.watch;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A daily window of local time in which scheduled runs wait, e.g. {@code 22:00-06:00}; a window may
 * cross midnight.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("starts and ends at " + start + "; a quiet window needs a length");
        }
    }

    /** @throws IllegalArgumentException naming the text when it is not {@code HH:MM-HH:MM} */
    public static QuietHours parse(String text) {
        String[] parts = text.strip().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("\"" + text + "\" is not a time window; expected e.g. \"22:00-06:00\"");
        }
        try {
            return new QuietHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a time window; expected e.g. \"22:00-06:00\"");
        }
    }

    public boolean contains(LocalTime t) {
        return start.isBefore(end) ? !t.isBefore(start) && t.isBefore(end) : !t.isBefore(start) || t.isBefore(end);
    }

    /** {@code at} itself when outside the window, else the window's end. */
    public ZonedDateTime after(ZonedDateTime at) {
        if (!contains(at.toLocalTime())) {
            return at;
        }
        ZonedDateTime end = at.with(this.end).withSecond(0).withNano(0);
        return end.isAfter(at) ? end : end.plusDays(1);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
