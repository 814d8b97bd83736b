package org.netboxauto.app;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.Locale;

/** {@code %consolelevel}: "warning", "error", "info" on stderr, where a class name would mean nothing to the admin. */
public final class ConsoleLevelConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return switch (event.getLevel().levelStr) {
            case "WARN" -> "warning";
            default -> event.getLevel().levelStr.toLowerCase(Locale.ROOT);
        };
    }
}
