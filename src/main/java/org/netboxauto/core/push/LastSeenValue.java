package org.netboxauto.core.push;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The {@code last_seen} custom field's value in the form its type takes, and whether a stored one equals it. */
final class LastSeenValue {

    private LastSeenValue() {
    }

    static String format(String fieldType, Instant lastSeen) {
        Instant seconds = lastSeen.truncatedTo(ChronoUnit.SECONDS);
        return "date".equals(fieldType) ? LocalDate.ofInstant(seconds, ZoneOffset.UTC).toString() : seconds.toString();
    }

    static boolean same(Optional<String> stored, String wanted) {
        if (stored.isEmpty()) {
            return false;
        }
        Optional<Instant> at = instant(wanted);
        return stored.get().equals(wanted) || at.isPresent() && at.equals(instant(stored.get()));
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
