package org.netboxauto.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The raw rows of one read of NetBox, by endpoint name. */
record NetBoxRows(NetBoxVersion version, Map<String, List<JsonNode>> all) {

    NetBoxRows {
        all = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(all));
    }

    List<JsonNode> get(String part) {
        return all.getOrDefault(part, List.of());
    }

    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        all.forEach((name, list) -> counts.put(name, list.size()));
        return counts;
    }
}
