package org.netboxauto.discovery.routeros.peer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Rows as a version prints them, filtered by simple queries and cut to a {@code .proplist}. */
final class PeerRows {

    private PeerRows() {
    }

    static List<Map<String, byte[]>> select(List<Map<String, byte[]>> rows, String menu, PeerVersion version,
                                           Predicate<Map<String, byte[]>> filter, Set<String> proplist,
                                           boolean alwaysId) {
        return rows.stream()
                .map(row -> asVersion(row, menu, version))
                .filter(filter)
                .map(row -> cut(row, proplist, alwaysId))
                .toList();
    }

    private static Map<String, byte[]> asVersion(Map<String, byte[]> row, String menu, PeerVersion version) {
        if (!version.isV6()) {
            return row;
        }
        Map<String, byte[]> v6 = new LinkedHashMap<>();
        row.forEach((k, v) -> v6.put(menu.equals(PeerTables.ARP) && k.equals("dhcp") ? "DHCP" : k, v));
        if (menu.equals(PeerTables.LEASES)) {
            v6.putIfAbsent("comment", new byte[0]);
        }
        return v6;
    }

    private static Map<String, byte[]> cut(Map<String, byte[]> row, Set<String> proplist, boolean alwaysId) {
        if (proplist.isEmpty()) {
            return row;
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        row.forEach((k, v) -> {
            if (proplist.contains(k) || alwaysId && k.equals(".id")) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** An API query word ({@code ?name=x}, {@code ?=name=x}, {@code ?name}, {@code ?-name}) as a filter. */
    static Predicate<Map<String, byte[]>> query(String word) {
        String q = word.substring(1);
        if (q.startsWith("-")) {
            String name = q.substring(1);
            return row -> !row.containsKey(name);
        }
        if (q.startsWith("=")) {
            q = q.substring(1);
        }
        int eq = q.indexOf('=');
        if (eq < 0) {
            String name = q;
            return row -> row.containsKey(name);
        }
        return equality(q.substring(0, eq), q.substring(eq + 1));
    }

    static Predicate<Map<String, byte[]>> equality(String name, String value) {
        byte[] wanted = value.getBytes(StandardCharsets.UTF_8);
        return row -> row.containsKey(name) && Arrays.equals(row.get(name), wanted);
    }
}
