package org.netboxauto.discovery.names;

import java.util.List;
import java.util.Map;
import org.netboxauto.core.names.FoundName;
import org.netboxauto.core.names.NameMethod;

/** What one run's name lookups found, and how each method did. */
public record NameResults(List<FoundName> found, Map<NameMethod, MethodTally> tallies) {

    public NameResults {
        found = List.copyOf(found);
        tallies = Map.copyOf(tallies);
    }
}
