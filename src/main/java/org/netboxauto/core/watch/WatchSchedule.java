package org.netboxauto.core.watch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When each source runs: every {@code every}, or its own interval, never inside the quiet hours. A
 * source is due when its last read is at least its interval old; one that was never read is due at once.
 *
 * @param intervals each source id's interval, the default already applied
 */
public record WatchSchedule(Map<String, Duration> intervals, Optional<QuietHours> quiet, ZoneId zone) {

    public WatchSchedule {
        intervals = Map.copyOf(intervals);
        Objects.requireNonNull(quiet, "quiet");
        Objects.requireNonNull(zone, "zone");
        if (intervals.isEmpty()) {
            throw new IllegalArgumentException("no source to watch; configure one under sources");
        }
    }

    /** The sources to run now, in id order; none inside the quiet hours. */
    public List<String> due(Instant now, Map<String, Instant> lastRead) {
        if (quiet.isPresent() && quiet.get().contains(now.atZone(zone).toLocalTime())) {
            return List.of();
        }
        List<String> due = new ArrayList<>();
        intervals.forEach((id, every) -> {
            Instant last = lastRead.get(id);
            if (last == null || !last.plus(every).isAfter(now)) {
                due.add(id);
            }
        });
        return due.stream().sorted().toList();
    }

    /** When the next source falls due, moved past the quiet hours; never before {@code now}. */
    public Instant next(Instant now, Map<String, Instant> lastRead) {
        Instant next = null;
        for (Map.Entry<String, Duration> e : intervals.entrySet()) {
            Instant last = lastRead.get(e.getKey());
            Instant at = last == null ? now : last.plus(e.getValue());
            next = next == null || at.isBefore(next) ? at : next;
        }
        Instant at = next.isBefore(now) ? now : next;
        return quiet.map(q -> q.after(at.atZone(zone)).toInstant()).orElse(at);
    }
}
