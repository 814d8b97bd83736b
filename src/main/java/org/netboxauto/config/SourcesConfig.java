package org.netboxauto.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Every configured discovery source. */
public record SourcesConfig(List<RouterOsSource> routeros, List<ProxmoxSource> proxmox, ScanConfig scan,
                            List<SnmpSource> snmp, List<KeaSource> kea, List<DnsmasqSource> dnsmasq) {

    public SourcesConfig {
        routeros = List.copyOf(routeros);
        proxmox = List.copyOf(proxmox);
        snmp = List.copyOf(snmp);
        kea = List.copyOf(kea);
        dnsmasq = List.copyOf(dnsmasq);
    }

    public SourcesConfig(List<RouterOsSource> routeros, List<ProxmoxSource> proxmox, ScanConfig scan,
                         List<SnmpSource> snmp) {
        this(routeros, proxmox, scan, snmp, List.of(), List.of());
    }

    /** Whether any source is configured, the scanner included. */
    public boolean any() {
        return !routeros.isEmpty() || !proxmox.isEmpty() || scan.enabled() || !snmp.isEmpty() || !kea.isEmpty()
                || !dnsmasq.isEmpty();
    }

    static SourcesConfig read(ConfigSection s) {
        List<RouterOsSource> routeros = s.sectionList("routeros").stream().map(RouterOsSource::read).toList();
        List<ProxmoxSource> proxmox = s.sectionList("proxmox").stream().map(ProxmoxSource::read).toList();
        ScanConfig scan = ScanConfig.read(s.section("scan"));
        List<SnmpSource> snmp = s.sectionList("snmp").stream().map(SnmpSource::read).toList();
        uniqueNames(s, "routeros", routeros, RouterOsSource::name);
        uniqueNames(s, "proxmox", proxmox, ProxmoxSource::name);
        List<KeaSource> kea = s.sectionList("kea").stream().map(KeaSource::read).toList();
        List<DnsmasqSource> dnsmasq = s.sectionList("dnsmasq").stream().map(DnsmasqSource::read).toList();
        uniqueNames(s, "snmp", snmp, SnmpSource::name);
        uniqueNames(s, "kea", kea, KeaSource::name);
        uniqueNames(s, "dnsmasq", dnsmasq, DnsmasqSource::name);
        s.reportUnknownKeys();
        return new SourcesConfig(routeros, proxmox, scan, snmp, kea, dnsmasq);
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
