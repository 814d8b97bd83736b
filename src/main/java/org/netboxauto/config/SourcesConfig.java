package org.netboxauto.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Every configured discovery source. */
public record SourcesConfig(List<RouterOsSource> routeros, List<ProxmoxSource> proxmox, ScanConfig scan,
                            List<SnmpSource> snmp) {

    public SourcesConfig {
        routeros = List.copyOf(routeros);
        proxmox = List.copyOf(proxmox);
        snmp = List.copyOf(snmp);
    }

    static SourcesConfig read(ConfigSection s) {
        List<RouterOsSource> routeros = s.sectionList("routeros").stream().map(RouterOsSource::read).toList();
        List<ProxmoxSource> proxmox = s.sectionList("proxmox").stream().map(ProxmoxSource::read).toList();
        ScanConfig scan = ScanConfig.read(s.section("scan"));
        List<SnmpSource> snmp = s.sectionList("snmp").stream().map(SnmpSource::read).toList();
        uniqueNames(s, "routeros", routeros, RouterOsSource::name);
        uniqueNames(s, "proxmox", proxmox, ProxmoxSource::name);
        uniqueNames(s, "snmp", snmp, SnmpSource::name);
        s.reportUnknownKeys();
        return new SourcesConfig(routeros, proxmox, scan, snmp);
    }

    private static <T> void uniqueNames(ConfigSection s, String key, List<T> items, Function<T, String> name) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String n = name.apply(items.get(i));
            if (!n.isEmpty() && !seen.add(n)) {
                s.problems().error(s.keyPath(key) + "[" + i + "].name",
                        "\"" + n + "\" is used by another " + key + " source; names must be unique");
            }
        }
    }
}
