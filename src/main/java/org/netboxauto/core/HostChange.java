package org.netboxauto.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What one discovery run changed about one host. */
public record HostChange(Kind kind, MacAddress mac, Optional<String> hostname, List<FieldChange> fields) {

    /** How a host differs from the run before. */
    public enum Kind { NEW, CHANGED, GONE }

    /** One field's value before and after the run; empty strings for absent values. */
    public record FieldChange(String field, String before, String after) {

        @Override
        public String toString() {
            return field + ": " + (before.isEmpty() ? "-" : before) + " -> " + (after.isEmpty() ? "-" : after);
        }
    }

    public HostChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(hostname, "hostname");
        fields = List.copyOf(fields);
    }
}
