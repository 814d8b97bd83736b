package org.netboxauto.core.dns;

import java.util.List;
import java.util.Set;

/**
 * What a target holds now: the records netbox-auto owns there, and the names held by records it does
 * not own (never touched, and a host wanting one is a problem).
 */
public record DnsState(List<DnsRecord> records, Set<String> foreignNames) {

    public DnsState {
        records = List.copyOf(records);
        foreignNames = Set.copyOf(foreignNames);
    }

    public static DnsState of(List<DnsRecord> records) {
        return new DnsState(records, Set.of());
    }
}
