package org.netboxauto.core.dns;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies previewed changes to the records a target holds at apply time. A change already in place
 * is skipped (a repeated push converges); one whose record is neither as previewed nor as wanted is a
 * conflict, and nothing is applied.
 */
public final class DnsChanges {

    private DnsChanges() {
    }

    /** The records after the changes, the changes still to make, and the conflicts (none: safe to write). */
    public record Outcome(List<DnsRecord> records, List<DnsChange> pending, List<String> conflicts) {
    }

    public static Outcome apply(List<DnsRecord> current, List<DnsChange> changes) {
        List<DnsRecord> records = new ArrayList<>(current);
        List<DnsChange> pending = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (DnsChange c : changes) {
            boolean hasBefore = c.before().map(records::contains).orElse(false);
            boolean hasAfter = c.after().map(records::contains).orElse(false);
            boolean beforeData = c.before().map(b -> records.stream().anyMatch(b::sameData)).orElse(false);
            boolean afterData = c.after().map(a -> records.stream().anyMatch(a::sameData)).orElse(false);
            switch (c.kind()) {
                case ADD -> {
                    if (hasAfter) {
                        continue;
                    }
                    if (afterData) {
                        conflicts.add(c.line() + ": the record is there with another TTL");
                        continue;
                    }
                    records.add(c.after().orElseThrow());
                }
                case REMOVE -> {
                    if (!beforeData) {
                        continue;
                    }
                    if (!hasBefore) {
                        conflicts.add(c.line() + ": the record is there with another TTL");
                        continue;
                    }
                    records.remove(c.before().orElseThrow());
                }
                case CHANGE -> {
                    if (hasBefore) {
                        records.remove(c.before().orElseThrow());
                        if (!hasAfter) {
                            records.add(c.after().orElseThrow());
                        }
                    } else if (hasAfter) {
                        continue;
                    } else {
                        conflicts.add(c.line() + ": " + c.before().orElseThrow().text() + " is no longer there");
                        continue;
                    }
                }
            }
            pending.add(c);
        }
        return new Outcome(List.copyOf(records), List.copyOf(pending), List.copyOf(conflicts));
    }
}
