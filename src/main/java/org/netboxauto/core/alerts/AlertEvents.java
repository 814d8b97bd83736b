package org.netboxauto.core.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostChange;
import org.netboxauto.core.HostFlag;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Sourced;

/**
 * The events of one run: new hosts (and randomised MACs among them), moves, IP and name changes from
 * the run's changes; hosts gone longer than {@code goneAfter} and IPs claimed by two MACs from all
 * hosts. Keys are stable, so an event that holds over many runs (a duplicate IP, a host gone) is
 * the same event each time and is sent once.
 */
public final class AlertEvents {

    private AlertEvents() {
    }

    public static List<AlertEvent> of(long runId, Instant at, CorrelationResult run, List<Host> hosts,
            Duration goneAfter) {
        Map<MacAddress, Host> byMac = new LinkedHashMap<>();
        hosts.forEach(h -> byMac.put(h.mac(), h));
        run.updated().forEach(h -> byMac.put(h.mac(), h));
        List<AlertEvent> events = new ArrayList<>();
        for (HostChange c : run.changes()) {
            Host h = byMac.get(c.mac());
            if (h == null) {
                continue;
            }
            if (c.kind() == HostChange.Kind.NEW) {
                events.add(event(AlertKind.NEW, "new:" + h.mac(), h, "new host " + describe(h), Map.of(), at));
                if (h.mac().isLocallyAdministered()) {
                    events.add(event(AlertKind.RANDOMISED_MAC, "randomised:" + h.mac(), h,
                            "randomised (locally administered) MAC " + describe(h), Map.of(), at));
                }
            }
            for (HostChange.FieldChange f : c.fields()) {
                Map<String, String> change = Map.of("before", f.before(), "after", f.after());
                switch (f.field()) {
                    case "port" -> events.add(event(AlertKind.MOVED, "moved:" + h.mac() + ":" + runId, h,
                            name(h) + " moved from " + or(f.before()) + " to " + or(f.after()), change, at));
                    case "ip" -> events.add(event(AlertKind.IP_CHANGED, "ip:" + h.mac() + ":" + runId, h,
                            name(h) + " changed IP from " + or(f.before()) + " to " + or(f.after()), change, at));
                    case "hostname" -> events.add(event(AlertKind.NAME_CHANGED, "name:" + h.mac() + ":" + runId, h,
                            h.mac() + " changed name from " + or(f.before()) + " to " + or(f.after()), change, at));
                    default -> {
                    }
                }
            }
        }
        for (Host h : byMac.values()) {
            if (h.has(HostFlag.GONE) && !h.lastSeen().plus(goneAfter).isAfter(at)) {
                events.add(event(AlertKind.GONE, "gone:" + h.mac() + ":" + h.lastSeen(), h, name(h)
                        + " gone since " + h.lastSeen(), Map.of("lastSeen", h.lastSeen().toString()), at));
            }
        }
        duplicateIps(byMac.values(), at).forEach(events::add);
        return events;
    }

    private static List<AlertEvent> duplicateIps(Iterable<Host> hosts, Instant at) {
        Map<String, TreeSet<MacAddress>> claims = new TreeMap<>();
        Map<MacAddress, Host> byMac = new LinkedHashMap<>();
        for (Host h : hosts) {
            if (h.has(HostFlag.GONE)) {
                continue;
            }
            byMac.put(h.mac(), h);
            h.ipValues().forEach(ip -> claims.computeIfAbsent(ip, k -> new TreeSet<>()).add(h.mac()));
        }
        List<AlertEvent> events = new ArrayList<>();
        claims.forEach((ip, macs) -> {
            if (macs.size() > 1) {
                List<String> list = macs.stream().map(MacAddress::toString).toList();
                Host first = byMac.get(macs.first());
                events.add(new AlertEvent(AlertKind.DUPLICATE_IP, "duplicate-ip:" + ip + ":" + String.join(",", list),
                        Optional.empty(), List.of(ip), first.sources(), "IP " + ip + " is claimed by "
                        + String.join(" and ", list), Map.of("ip", ip, "macs", String.join(" ", list)), at));
            }
        });
        return events;
    }

    private static AlertEvent event(AlertKind kind, String key, Host h, String summary, Map<String, String> extra,
            Instant at) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("mac", h.mac().toString());
        h.hostnameValue().ifPresent(n -> details.put("hostname", n));
        details.put("ips", String.join(" ", h.ipValues()));
        h.vendor().map(Sourced::value).ifPresent(v -> details.put("vendor", v));
        h.port().map(p -> p.value().toString()).ifPresent(p -> details.put("port", p));
        details.putAll(new TreeMap<>(extra));
        return new AlertEvent(kind, key, Optional.of(h.mac()), h.ipValues(), h.sources(), summary, details, at);
    }

    /** {@code web01 10.0.0.7 (bc:24:11:00:00:01, Proxmox) on sw1 ge-0/0/3}. */
    private static String describe(Host h) {
        StringBuilder b = new StringBuilder(h.hostnameValue().map(n -> n + " ").orElse(""));
        if (!h.ipValues().isEmpty()) {
            b.append(h.ipValues().getFirst()).append(' ');
        }
        b.append('(').append(h.mac()).append(h.vendor().map(v -> ", " + v.value()).orElse("")).append(')');
        h.port().ifPresent(p -> b.append(" on ").append(p.value()));
        return b.toString();
    }

    private static String name(Host h) {
        return h.hostnameValue().map(n -> n + " (" + h.mac() + ")").orElse(h.mac().toString());
    }

    private static String or(String s) {
        return s.isEmpty() ? "none" : s;
    }
}
