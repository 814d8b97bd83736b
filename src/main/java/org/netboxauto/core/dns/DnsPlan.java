package org.netboxauto.core.dns;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netboxauto.core.MacAddress;

/**
 * The changes one target needs, and the records that cannot be written.
 *
 * @param names the owner names each host of the push yields in this target, so its changes can be
 *              held back when NetBox does not take the host
 */
public record DnsPlan(List<DnsChange> changes, List<DnsProblem> problems, Map<MacAddress, Set<String>> names) {

    public DnsPlan {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
        names = Map.copyOf(names);
    }

    public DnsPlan(List<DnsChange> changes, List<DnsProblem> problems) {
        this(changes, problems, Map.of());
    }
}
