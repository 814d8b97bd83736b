package org.netboxauto.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.netboxauto.config.SourcesConfig;
import org.netboxauto.discovery.dnsmasq.DnsmasqCollector;
import org.netboxauto.discovery.kea.KeaCollector;
import org.netboxauto.discovery.proxmox.ProxmoxCollector;
import org.netboxauto.discovery.routeros.RouterOsCollector;
import org.netboxauto.discovery.scan.ScanCollector;
import org.netboxauto.discovery.snmp.SnmpCollector;

/**
 * One collector per configured RouterOS source, Proxmox cluster, SNMP switch, Kea server and dnsmasq lease file, and
 * the scanner when enabled.
 */
public final class ConfiguredCollectors implements CollectorFactory {

    /** Switches read at the same time; the others wait their turn within their own timeout. */
    private static final int SNMP_SWITCHES_AT_ONCE = 16;

    @Override
    public List<Collector> create(SourcesConfig sources) {
        List<Collector> collectors = new ArrayList<>();
        for (int i = 0; i < sources.routeros().size(); i++) {
            collectors.add(new RouterOsCollector(sources.routeros().get(i), "sources.routeros[" + i + "]"));
        }
        for (int i = 0; i < sources.proxmox().size(); i++) {
            collectors.add(new ProxmoxCollector(sources.proxmox().get(i), "sources.proxmox[" + i + "]"));
        }
        Semaphore snmpPolls = new Semaphore(SNMP_SWITCHES_AT_ONCE);
        for (int i = 0; i < sources.snmp().size(); i++) {
            collectors.add(new SnmpCollector(sources.snmp().get(i), "sources.snmp[" + i + "]", snmpPolls));
        }
        for (int i = 0; i < sources.kea().size(); i++) {
            collectors.add(new KeaCollector(sources.kea().get(i), "sources.kea[" + i + "]"));
        }
        for (int i = 0; i < sources.dnsmasq().size(); i++) {
            collectors.add(new DnsmasqCollector(sources.dnsmasq().get(i), "sources.dnsmasq[" + i + "]"));
        }
        if (sources.scan().enabled()) {
            collectors.add(new ScanCollector(sources.scan(), "sources.scan"));
        }
        return collectors;
    }
}
