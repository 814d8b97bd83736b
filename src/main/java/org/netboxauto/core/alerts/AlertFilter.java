package org.netboxauto.core.alerts;

import java.util.List;
import java.util.Set;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.SourceIds;

/**
 * Which events a channel gets; each empty part lets every event through.
 *
 * @param sources source names, KIND:NAME or KIND
 */
public record AlertFilter(Set<AlertKind> events, List<Cidr> subnets, List<String> sources) {

    public static final AlertFilter ALL = new AlertFilter(Set.of(), List.of(), List.of());

    public AlertFilter {
        events = Set.copyOf(events);
        subnets = List.copyOf(subnets);
        sources = List.copyOf(sources);
    }

    public boolean matches(AlertEvent e) {
        return (events.isEmpty() || events.contains(e.kind()))
                && (subnets.isEmpty() || e.ips().stream().anyMatch(ip -> subnets.stream()
                        .anyMatch(c -> c.containsAddress(ip))))
                && (sources.isEmpty() || e.sources().stream().anyMatch(id -> sources.stream().anyMatch(s ->
                        id.equals(s) || SourceIds.name(id).equals(s) || id.startsWith(s + ":"))));
    }

}
