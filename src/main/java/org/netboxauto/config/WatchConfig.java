package org.netboxauto.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.watch.QuietHours;

/**
 * How {@code netbox-auto watch} schedules discovery.
 *
 * @param every     how often each source runs unless it has its own interval
 * @param perSource intervals by source name or {@code KIND:NAME}
 * @param quiet     a daily local-time window without runs
 */
public record WatchConfig(Duration every, Map<String, Duration> perSource, Optional<QuietHours> quiet) {

    static final Duration DEFAULT_EVERY = Duration.ofHours(1);
    /** Shorter intervals would have a slow source's runs overlap and fill the store. */
    static final Duration SHORTEST = Duration.ofMinutes(1);

    public WatchConfig {
        Objects.requireNonNull(every, "every");
        perSource = Map.copyOf(perSource);
        Objects.requireNonNull(quiet, "quiet");
    }

    static WatchConfig read(ConfigSection s) {
        Duration every = atLeastAMinute(s, "every", DEFAULT_EVERY);
        Map<String, Duration> perSource = new LinkedHashMap<>();
        ConfigSection sources = s.section("sources");
        for (String name : sources.keys()) {
            perSource.put(name, atLeastAMinute(sources, name, every));
        }
        Optional<QuietHours> quiet = Optional.empty();
        Optional<String> window = s.string("quiet-hours");
        if (window.isPresent()) {
            try {
                quiet = Optional.of(QuietHours.parse(window.get()));
            } catch (IllegalArgumentException e) {
                s.errorAt("quiet-hours", e.getMessage());
            }
        }
        s.reportUnknownKeys();
        return new WatchConfig(every, perSource, quiet);
    }

    /**
     * An interval typed on a command line, in the config file's duration syntax ({@code 30m}, {@code 2h}).
     *
     * @throws IllegalArgumentException naming the text when it is not a duration of a minute or more
     */
    public static Duration interval(String text) {
        Duration d;
        try {
            d = com.typesafe.config.ConfigFactory.parseMap(Map.of("d", text)).getDuration("d");
        } catch (com.typesafe.config.ConfigException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a duration; expected e.g. 30m, 2h or 1d");
        }
        if (d.compareTo(SHORTEST) < 0) {
            throw new IllegalArgumentException("\"" + text + "\" is shorter than a minute; runs that close together"
                    + " would overlap. Use e.g. 5m or 1h");
        }
        return d;
    }

    private static Duration atLeastAMinute(ConfigSection s, String key, Duration fallback) {
        Duration d = s.duration(key, fallback);
        if (d.compareTo(SHORTEST) < 0) {
            s.errorAt(key, "is shorter than a minute; runs that close together would overlap. Use e.g. 5m or 1h");
            return fallback;
        }
        return d;
    }
}
