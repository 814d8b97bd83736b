package org.netboxauto.ui.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Observation;

/** A host's observations folded into the values it had over time: IPs, names and ports, each with when. */
record HostHistory(List<Seen> ips, List<Seen> names, List<Seen> ports, int observations) {

    /** One value with the first and last time any source reported it, and by whom. */
    record Seen(String value, Instant first, Instant last, List<String> sources) {
    }

    static HostHistory of(List<Observation> observations) {
        return new HostHistory(
                fold(observations, o -> o.ips()),
                fold(observations, o -> o.hostname().map(List::of).orElse(List.of())),
                fold(observations, o -> {
                    String sw = o.evidence().get(Evidence.SWITCH);
                    String port = o.evidence().get(Evidence.PORT);
                    if (sw == null || port == null) {
                        return List.of();
                    }
                    String vlan = o.evidence().get(Evidence.VLAN);
                    return List.of(sw + " " + port + (vlan == null ? "" : " vlan " + vlan));
                }),
                observations.size());
    }

    private static List<Seen> fold(List<Observation> observations, Function<Observation, List<String>> values) {
        Map<String, Seen> byValue = new LinkedHashMap<>();
        for (Observation o : observations) {
            for (String v : values.apply(o)) {
                byValue.merge(v, new Seen(v, o.observedAt(), o.observedAt(), List.of(o.source())), HostHistory::join);
            }
        }
        return List.copyOf(byValue.values());
    }

    private static Seen join(Seen a, Seen b) {
        List<String> sources = new ArrayList<>(a.sources());
        b.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
        return new Seen(a.value(), a.first().isBefore(b.first()) ? a.first() : b.first(),
                a.last().isAfter(b.last()) ? a.last() : b.last(), List.copyOf(sources));
    }
}
