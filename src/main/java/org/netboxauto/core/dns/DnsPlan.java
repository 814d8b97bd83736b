package org.netboxauto.core.dns;

import java.util.List;

/** The changes one target needs, and the records that cannot be written. */
public record DnsPlan(List<DnsChange> changes, List<DnsProblem> problems) {

    public DnsPlan {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }
}
