package org.netboxauto.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.config.AlertChannel;
import org.netboxauto.config.AppConfig;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.alerts.AlertEvent;
import org.netboxauto.core.alerts.AlertEvents;
import org.netboxauto.core.alerts.AlertKind;
import org.netboxauto.core.alerts.StablePortNewcomers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Change alerts: after a run its events go into the store's outbox, once per event and channel; then
 * they are sent, each channel within its timeout, and what could not be sent is tried again later with
 * a growing pause (1 min, 2, 4 … 1 h). Sending happens after the run is stored, so a channel that is
 * down never holds discovery up.
 */
public final class AlertService {

    private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);
    private static final int BATCH = 200;

    /** What one delivery round did. */
    public record Delivered(int sent, int failed, int waiting, List<String> problems) {
        public Delivered {
            problems = List.copyOf(problems);
        }
    }

    private final StoreAccess stores;
    private final AlertSender sender;
    private final Clock clock;

    public AlertService(StoreAccess stores, AlertSender sender, Clock clock) {
        this.stores = stores;
        this.sender = sender;
        this.clock = clock;
    }

    /** Puts the run's events into the outbox for each channel whose filter takes them; returns how many. */
    int record(AppConfig config, StagingStore store, long runId, Instant at, CorrelationResult run) {
        List<AlertChannel> channels = config.alerts().channels();
        if (channels.isEmpty()) {
            return 0;
        }
        List<org.netboxauto.core.Host> hosts = store.hosts();
        List<AlertEvent> events = new ArrayList<>(AlertEvents.of(runId, at, run, hosts, config.alerts().goneAfter()));
        Duration stableAfter = config.alerts().portStableAfter();
        events.addAll(StablePortNewcomers.of(at, run, hosts, store.portMoves(at.minus(stableAfter)), stableAfter));
        List<AlertDelivery> out = new ArrayList<>();
        for (AlertEvent e : events) {
            String payload = sender.encode(e);
            for (AlertChannel c : channels) {
                if (c.filter().matches(e)) {
                    out.add(new AlertDelivery(0, e.key(), c.outboxName(), e.kind().id(), payload, at, 0, at));
                }
            }
        }
        return store.enqueueAlerts(out);
    }

    /** Sends what is due now, within the channels' timeouts; never throws for a channel that is down. */
    public Delivered deliver(AppConfig config) {
        Map<String, AlertChannel> channels = new LinkedHashMap<>();
        config.alerts().channels().forEach(c -> channels.put(c.name(), c));
        if (channels.isEmpty()) {
            return new Delivered(0, 0, 0, List.of());
        }
        int sent = 0;
        int failed = 0;
        List<String> problems = new ArrayList<>();
        try (StagingStore store = stores.open(config.store())) {
            Instant now = clock.instant();
            for (AlertDelivery d : store.dueAlerts(now, BATCH)) {
                AlertChannel channel = channels.get(d.channel());
                if (channel == null || !store.claimAlert(d.id(), d.nextAttempt(),
                        now.plus(channel.timeout()).plusSeconds(60))) {
                    continue; // a channel removed from the config, or another sender has it
                }
                try {
                    sender.send(channel, d.payload());
                    store.alertSent(d.id(), clock.instant());
                    sent++;
                } catch (AlertSender.AlertNotSent e) {
                    Instant next = clock.instant().plus(pause(d.attempts()));
                    String problem = channel.label() + ": " + e.getMessage();
                    store.alertFailed(d.id(), next, problem);
                    failed++;
                    if (!problems.contains(problem)) {
                        problems.add(problem);
                    }
                }
            }
            long waiting = store.alertsWaiting();
            if (failed > 0) {
                LOG.warn("{} alerts not sent ({}); they are tried again later", failed, String.join("; ", problems));
            }
            return new Delivered(sent, failed, (int) waiting, problems);
        }
    }

    /** An alert for the desktop app to show. */
    public record DesktopAlert(String channel, String kind, String summary, Instant at, Duration hideAfter) {
    }

    /**
     * Takes the desktop channels' alerts that wait, for the open desktop app to show: each is taken once,
     * by one app. Those recorded before {@code shownSince} (runs while no app was open) are taken without
     * being returned: a notification is news, not a backlog.
     */
    public List<DesktopAlert> takeDesktopAlerts(AppConfig config, Instant shownSince) {
        Map<String, AlertChannel> desktop = new LinkedHashMap<>();
        config.alerts().channels().stream().filter(c -> c.desktop().isPresent())
                .forEach(c -> desktop.put(c.outboxName(), c));
        if (desktop.isEmpty()) {
            return List.of();
        }
        List<DesktopAlert> shown = new ArrayList<>();
        try (StagingStore store = stores.open(config.store())) {
            Instant now = clock.instant();
            for (AlertDelivery d : store.dueDesktopAlerts(now, BATCH)) {
                AlertChannel channel = desktop.get(d.channel());
                if (channel == null || !store.claimAlert(d.id(), d.nextAttempt(), now.plusSeconds(60))) {
                    continue;
                }
                store.alertSent(d.id(), clock.instant());
                if (!d.created().isBefore(shownSince)) {
                    shown.add(new DesktopAlert(channel.name(), d.kind(), sender.summary(d.payload()), d.created(),
                            channel.desktop().orElseThrow().hideAfter()));
                }
            }
        }
        return shown;
    }

    /** Sends a sample event to every channel now, past the outbox; one line per channel. */
    public List<String> test(AppConfig config) {
        List<String> lines = new ArrayList<>();
        if (config.alerts().channels().isEmpty()) {
            return List.of("No alert channels configured; add one under alerts.channels (see config.example.conf)");
        }
        AlertEvent sample = new AlertEvent(AlertKind.NEW, "test:" + clock.instant(), Optional.empty(),
                List.of("192.0.2.10"), List.of("test"), "test alert from netbox-auto: new host test-host 192.0.2.10",
                Map.of("hostname", "test-host", "ips", "192.0.2.10"), clock.instant());
        String payload = sender.encode(sample);
        for (AlertChannel c : config.alerts().channels()) {
            if (c.desktop().isPresent()) {
                lines.add(c.label() + ": shown only by the open desktop app, for the runs it sees");
                continue;
            }
            try {
                sender.send(c, payload);
                lines.add(c.label() + ": sent");
            } catch (AlertSender.AlertNotSent e) {
                lines.add(c.label() + ": NOT SENT: " + e.getMessage());
            }
        }
        return lines;
    }

    static Duration pause(int attempts) {
        Duration d = Duration.ofMinutes(1L << Math.min(attempts, 6));
        return d.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : d;
    }
}
