package org.netboxauto.core.dns;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names joined by forward and reverse records: an A or AAAA name and the PTR name of its address, a
 * PTR name and the name it points to. Joined names change together or not at all, so forward and
 * reverse lookups of every name netbox-auto owns keep agreeing.
 */
public final class DnsLinks {

    private DnsLinks() {
    }

    /** The seeds and every name joined to them, directly or through others, by these records. */
    public static Set<String> closure(Set<String> seeds, Collection<DnsRecord> records) {
        Map<String, Set<String>> edges = new HashMap<>();
        for (DnsRecord r : records) {
            String other = partner(r);
            if (other != null) {
                edges.computeIfAbsent(r.name(), k -> new HashSet<>()).add(other);
                edges.computeIfAbsent(other, k -> new HashSet<>()).add(r.name());
            }
        }
        Set<String> reached = new HashSet<>(seeds);
        Deque<String> todo = new ArrayDeque<>(seeds);
        while (!todo.isEmpty()) {
            for (String next : edges.getOrDefault(todo.pop(), Set.of())) {
                if (reached.add(next)) {
                    todo.push(next);
                }
            }
        }
        return reached;
    }

    /** The changes that touch none of the held names, once held names are closed over the changes' records. */
    public static List<DnsChange> without(List<DnsChange> changes, Set<String> held) {
        Set<String> all = closure(held, changes.stream()
                .flatMap(c -> java.util.stream.Stream.concat(c.before().stream(), c.after().stream())).toList());
        return changes.stream().filter(c -> !all.contains(c.subject().name())).toList();
    }

    private static String partner(DnsRecord r) {
        return switch (r.type()) {
            case PTR -> r.value();
            case A, AAAA -> DnsAddresses.parse(r.value()).map(DnsAddresses::reverseName).orElse(null);
        };
    }
}
