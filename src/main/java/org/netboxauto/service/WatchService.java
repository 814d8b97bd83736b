package org.netboxauto.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.WatchConfig;
import org.netboxauto.core.SourceIds;
import org.netboxauto.core.watch.WatchSchedule;
import org.netboxauto.discovery.DiscoveryListener;
import org.netboxauto.discovery.RunControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs discovery on a schedule until stopped: each source when its interval has passed since its last
 * read (taken from the store, so a restarted watcher does not run everything at once), never in the
 * quiet hours. A failed run is logged and the watcher goes on.
 */
public final class WatchService {

    private static final Logger LOG = LoggerFactory.getLogger(WatchService.class);

    private final DiscoveryService discovery;
    private final StoreAccess stores;
    private final WatchHealthFile health;
    private final Clock clock;
    private final Optional<AlertService> alerts;

    public WatchService(DiscoveryService discovery, StoreAccess stores, WatchHealthFile health, Clock clock,
            Optional<AlertService> alerts) {
        this.discovery = discovery;
        this.stores = stores;
        this.health = health;
        this.clock = clock;
        this.alerts = alerts;
    }

    public Optional<WatchHealth> health() {
        return health.read();
    }

    /**
     * The schedule this config gives: an interval per configured source.
     *
     * @throws IllegalArgumentException naming the key when {@code watch.sources} names no configured source
     */
    public WatchSchedule schedule(AppConfig config, Optional<Duration> every) {
        WatchConfig watch = config.watch();
        List<String> ids = discovery.sources(config);
        Map<String, Duration> intervals = new LinkedHashMap<>();
        for (String id : ids) {
            intervals.put(id, every.orElse(watch.every()));
        }
        watch.perSource().forEach((name, interval) -> {
            List<String> matching = ids.stream().filter(id -> id.equals(name) || SourceIds.name(id).equals(name))
                    .toList();
            if (matching.isEmpty()) {
                throw new IllegalArgumentException("watch.sources." + name + ": no source is named \"" + name
                        + "\"; the sources are " + String.join(", ", ids));
            }
            matching.forEach(id -> intervals.put(id, interval));
        });
        return new WatchSchedule(intervals, watch.quiet(), ZoneId.systemDefault());
    }

    /** Runs until {@code stop} is cancelled; a run under way when it is ends early and is stored. */
    public void watch(AppConfig config, Optional<Duration> every, WatchListener listener, RunControl stop)
            throws InterruptedException {
        WatchSchedule schedule = schedule(config, every);
        Instant started = clock.instant();
        Map<String, Instant> lastRead = lastReads(config);
        Instant next = schedule.next(started, lastRead);
        listener.started(List.copyOf(schedule.intervals().keySet()), next);
        WatchHealth state = new WatchHealth(ProcessHandle.current().pid(), started, every.orElse(config.watch().every()),
                Optional.empty(), Optional.empty(), Optional.empty(), next, true);
        health.write(state);
        boolean alertsWaiting = false;
        while (!stop.awaitCancel(wait(next, alertsWaiting))) {
            Instant now = clock.instant();
            List<String> due = schedule.due(now, lastRead);
            if (!due.isEmpty()) {
                due.forEach(id -> lastRead.put(id, now));
                state = run(config, due, now, schedule, lastRead, listener, stop, state);
            }
            alertsWaiting = deliverAlerts(config, listener);
            next = schedule.next(clock.instant(), lastRead);
            if (!next.isAfter(clock.instant()) && due.isEmpty()) {
                next = clock.instant().plusSeconds(1);
            }
            state = state.nextAt(next);
            health.write(state);
        }
    }

    /** Until the next run, or a minute when alerts wait to be tried again. */
    private Duration wait(Instant next, boolean alertsWaiting) {
        Duration untilNext = Duration.between(clock.instant(), next);
        return alertsWaiting && untilNext.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : untilNext;
    }

    private boolean deliverAlerts(AppConfig config, WatchListener listener) {
        if (alerts.isEmpty() || config.alerts().channels().isEmpty()) {
            return false;
        }
        try {
            AlertService.Delivered d = alerts.get().deliver(config);
            if (d.sent() > 0 || d.failed() > 0) {
                listener.alerts(d);
            }
            return d.waiting() > 0;
        } catch (RuntimeException e) {
            LOG.warn("Alerts not sent: {}", e.getMessage());
            return true;
        }
    }

    private WatchHealth run(AppConfig config, List<String> due, Instant now, WatchSchedule schedule,
            Map<String, Instant> lastRead, WatchListener listener, RunControl stop, WatchHealth state) {
        try {
            DiscoveryReport report = discovery.discover(config, due, DiscoveryListener.NONE, stop);
            listener.ran(report, schedule.next(clock.instant(), lastRead));
            return state.ran(now, report.status().name().toLowerCase(java.util.Locale.ROOT),
                    Optional.of(report.runId()));
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? "the run failed" : e.getMessage();
            LOG.warn("Scheduled run of {} failed: {}", due, reason);
            listener.failed(due, reason, schedule.next(clock.instant(), lastRead));
            return state.ran(now, "failed", Optional.empty());
        }
    }

    private Map<String, Instant> lastReads(AppConfig config) {
        Map<String, Instant> last = new HashMap<>();
        try (StagingStore store = stores.open(config.store())) {
            store.lastReadPerSource().forEach(r -> last.put(r.outcome().source(), r.at()));
        }
        return last;
    }
}
