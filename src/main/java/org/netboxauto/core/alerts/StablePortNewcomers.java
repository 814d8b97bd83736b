package org.netboxauto.core.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostChange;
import org.netboxauto.core.HostFlag;
import org.netboxauto.core.MacAddress;

/**
 * "A new MAC on a port that had one host for weeks": a host the run found on a switch port it was not
 * on before, where the store's history shows one other host alone on that port for at least
 * {@code stableAfter}: no other MAC came to or left the port in that time, and that host has been on it
 * since at least then. The replaced printer, the laptop plugged into the desk phone's port.
 */
public final class StablePortNewcomers {

    private StablePortNewcomers() {
    }

    /**
     * @param hosts every host as stored after the run
     * @param moves the port changes the store recorded since {@code at - stableAfter}, this run's included
     */
    public static List<AlertEvent> of(Instant at, CorrelationResult run, List<Host> hosts, List<PortMove> moves,
            Duration stableAfter) {
        Instant stableSince = at.minus(stableAfter);
        Set<MacAddress> goneThisRun = new HashSet<>();
        Map<MacAddress, String> arrivedOn = new HashMap<>();
        for (HostChange c : run.changes()) {
            if (c.kind() == HostChange.Kind.GONE) {
                goneThisRun.add(c.mac());
            }
        }
        Map<MacAddress, Host> byMac = new HashMap<>();
        hosts.forEach(h -> byMac.put(h.mac(), h));
        run.updated().forEach(h -> byMac.put(h.mac(), h));
        for (HostChange c : run.changes()) {
            Host h = byMac.get(c.mac());
            if (h == null || h.port().isEmpty()) {
                continue;
            }
            String port = h.port().get().value().toString();
            boolean cameThisRun = c.kind() == HostChange.Kind.NEW || c.fields().stream()
                    .anyMatch(f -> f.field().equals("port") && f.after().equals(port));
            if (cameThisRun) {
                arrivedOn.put(h.mac(), port);
            }
        }
        List<AlertEvent> events = new ArrayList<>();
        arrivedOn.forEach((mac, port) -> incumbent(mac, port, byMac.values(), goneThisRun, stableSince, moves)
                .ifPresent(old -> events.add(event(byMac.get(mac), old, port, at, stableAfter))));
        events.sort(java.util.Comparator.comparing(AlertEvent::key));
        return events;
    }

    /** The one host that held {@code port} alone since {@code stableSince}, if there was one. */
    private static Optional<Host> incumbent(MacAddress newcomer, String port, Iterable<Host> hosts,
            Set<MacAddress> goneThisRun, Instant stableSince, List<PortMove> moves) {
        List<Host> others = new ArrayList<>();
        for (Host h : hosts) {
            if (h.mac().equals(newcomer) || h.port().isEmpty() || !h.port().get().value().toString().equals(port)) {
                continue;
            }
            boolean present = !h.has(HostFlag.GONE) || goneThisRun.contains(h.mac());
            if (present || h.lastSeen().isAfter(stableSince)) {
                others.add(h);
            }
        }
        if (others.size() != 1) {
            return Optional.empty();
        }
        Host old = others.getFirst();
        if (old.firstSeen().isAfter(stableSince)) {
            return Optional.empty();
        }
        boolean quiet = moves.stream().filter(m -> !m.at().isBefore(stableSince) && m.touches(port))
                .allMatch(m -> m.mac().equals(newcomer));
        return quiet ? Optional.of(old) : Optional.empty();
    }

    private static AlertEvent event(Host h, Host old, String port, Instant at, Duration stableAfter) {
        String oldName = old.hostnameValue().map(n -> n + " (" + old.mac() + ")").orElse(old.mac().toString());
        String summary = "new MAC " + h.mac() + h.hostnameValue().map(n -> " (" + n + ")").orElse("") + " on " + port
                + ", where only " + oldName + " was seen for at least " + stableAfter.toDays() + " days";
        Map<String, String> details = new java.util.LinkedHashMap<>();
        details.put("mac", h.mac().toString());
        h.hostnameValue().ifPresent(n -> details.put("hostname", n));
        details.put("ips", String.join(" ", h.ipValues()));
        details.put("port", port);
        details.put("previousMac", old.mac().toString());
        old.hostnameValue().ifPresent(n -> details.put("previousHostname", n));
        return new AlertEvent(AlertKind.NEW_MAC_ON_STABLE_PORT, "stable-port:" + port + ":" + old.mac() + ":" + h.mac(),
                Optional.of(h.mac()), h.ipValues(), h.sources(), summary, details, at);
    }
}
