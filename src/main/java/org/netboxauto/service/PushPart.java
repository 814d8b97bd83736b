package org.netboxauto.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One part of a journaled push: NetBox ({@code name} "netbox") or one DNS target ("dns.unbound",
 * "dns.rfc2136"), with how its entries ended. A DNS target that could not be read counts one failed entry.
 */
public record PushPart(String name, int actions, int ok, int failed, int skipped) {

    public static final String NETBOX = "netbox";

    /** NetBox first, then each DNS target in journal order; NetBox always, a target only when journaled. */
    public static List<PushPart> of(List<JournalEntry> journal) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        counts.put(NETBOX, new int[4]);
        for (JournalEntry e : journal) {
            int[] c = counts.computeIfAbsent(part(e.key()), k -> new int[4]);
            c[0]++;
            switch (e.state()) {
                case OK -> c[1]++;
                case FAILED -> c[2]++;
                case SKIPPED -> c[3]++;
                case PLANNED -> { }
            }
        }
        List<PushPart> parts = new ArrayList<>();
        counts.forEach((name, c) -> parts.add(new PushPart(name, c[0], c[1], c[2], c[3])));
        return parts;
    }

    /** {@code dns:dns.unbound:+ A …} and {@code dns:dns.unbound} belong to dns.unbound; everything else to NetBox. */
    private static String part(String key) {
        if (!key.startsWith("dns:")) {
            return NETBOX;
        }
        int end = key.indexOf(':', 4);
        return end < 0 ? key.substring(4) : key.substring(4, end);
    }

    /** "5 done, 1 failed, 0 skipped of 6". */
    public String counts() {
        return ok + " done, " + failed + " failed, " + skipped + " skipped of " + actions;
    }
}
