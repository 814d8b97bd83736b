package org.netboxauto.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.netboxauto.core.SourceIds;
import org.netboxauto.discovery.Collector;

/** Picks the sources a run was asked for, by name ({@code core}), id ({@code routeros:core}) or kind ({@code kea}). */
final class SourceSelection {

    private SourceSelection() {
    }

    static List<Collector> choose(List<Collector> configured, List<String> names) {
        if (configured.isEmpty()) {
            throw new IllegalArgumentException("no discovery source is configured; add a sources.routeros,"
                    + " sources.kea, sources.dnsmasq or sources.proxmox entry to the config file (see"
                    + " config.example.conf)");
        }
        if (names.isEmpty()) {
            return configured;
        }
        Set<Collector> chosen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            List<Collector> matches = configured.stream()
                    .filter(c -> c.sourceId().equals(name) || SourceIds.name(c.sourceId()).equals(name)
                            || SourceIds.kind(c.sourceId()).name().equalsIgnoreCase(name)).toList();
            if (matches.isEmpty()) {
                unknown.add(name);
            }
            chosen.addAll(matches);
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no configured source is called " + String.join(", ", unknown)
                    + "; the sources are " + String.join(", ", configured.stream().map(Collector::sourceId).toList()));
        }
        return List.copyOf(chosen);
    }
}
