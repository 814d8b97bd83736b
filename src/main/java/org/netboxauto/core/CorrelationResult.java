package org.netboxauto.core;

import java.util.List;

/**
 * What a run does to the host list.
 *
 * @param updated hosts to write: every host seen by this run and every host it found gone
 * @param removed primary MACs of hosts merged into another (a VM's second NIC seen on its own before)
 */
public record CorrelationResult(List<Host> updated, List<MacAddress> removed, List<HostChange> changes) {

    public CorrelationResult {
        updated = List.copyOf(updated);
        removed = List.copyOf(removed);
        changes = List.copyOf(changes);
    }

    public long count(HostChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }
}
