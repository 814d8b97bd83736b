package org.netboxauto.core.compare;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every row of one comparison, with the count per outcome. */
public record CompareResult(List<Comparison> rows) {

    public CompareResult {
        rows = List.copyOf(rows);
    }

    /** Matches every host against every object; pure, and fast enough for tens of thousands of each. */
    public static CompareResult of(List<org.netboxauto.core.Host> hosts, List<NetBoxHost> objects) {
        return new CompareResult(new HostMatcher(objects).compare(hosts, new HostDiffer()));
    }

    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        rows.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        return counts;
    }

    public List<Comparison> with(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).toList();
    }
}
