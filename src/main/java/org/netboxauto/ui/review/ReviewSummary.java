package org.netboxauto.ui.review;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.netboxauto.core.ReviewState;
import org.netboxauto.service.HostEntry;

/** Counts for the summary strip: hosts by review state, by kind (unclassified as "none") and by source. */
record ReviewSummary(int total, Map<ReviewState, Integer> byState, Map<String, Integer> byKind,
                     Map<String, Integer> bySource) {

    static final String NO_KIND = "unclassified";
    static final ReviewSummary EMPTY = of(java.util.List.of());

    static ReviewSummary of(Collection<HostEntry> entries) {
        Map<ReviewState, Integer> states = new EnumMap<>(ReviewState.class);
        for (ReviewState s : ReviewState.values()) {
            states.put(s, 0);
        }
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> sources = new TreeMap<>();
        for (HostEntry e : entries) {
            states.merge(e.state(), 1, Integer::sum);
            kinds.merge(e.kind().orElse(NO_KIND), 1, Integer::sum);
            e.host().sources().forEach(s -> sources.merge(s, 1, Integer::sum));
        }
        return new ReviewSummary(entries.size(), Map.copyOf(states), Collections.unmodifiableMap(kinds),
                Collections.unmodifiableMap(sources));
    }

    int count(ReviewState state) {
        return byState.getOrDefault(state, 0);
    }
}
