package org.netboxauto.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Instants as {@link Instant#toString()} writes them ({@code 2026-03-01T10:15:30.123456Z}), read
 * without a formatter: a run reads every stored host, and {@link Instant#parse} costs more than the
 * rest of a host's JSON.
 */
final class IsoInstants {

    private IsoInstants() {
    }

    static Instant parse(String text) {
        int n = text.length();
        if (n < 20 || n > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(n - 1) != 'Z') {
            return Instant.parse(text);
        }
        int nanos = 0;
        if (n > 20) {
            if (text.charAt(19) != '.' || n == 21) {
                return Instant.parse(text);
            }
            int digits = n - 21;
            nanos = digits(text, 20, n - 1);
            for (int i = digits; i < 9; i++) {
                nanos *= 10;
            }
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if ((year | month | day | hour | minute | second | nanos) < 0 || hour > 23 || minute > 59 || second > 59) {
            return Instant.parse(text);
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (java.time.DateTimeException e) {
            return Instant.parse(text);
        }
    }

    /** The decimal number in {@code text[from, to)}, or -1 when a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Integer.MIN_VALUE;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
