package org.netboxauto.discovery;

import java.util.ArrayList;
import java.util.List;
import org.netboxauto.config.SourcesConfig;
import org.netboxauto.discovery.routeros.RouterOsCollector;
import org.netboxauto.discovery.scan.ScanCollector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One collector per configured RouterOS and Proxmox source, in config order. */
public final class ConfiguredCollectors implements CollectorFactory {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredCollectors.class);

    @Override
    public List<Collector> create(SourcesConfig sources) {
        List<Collector> collectors = new ArrayList<>();
        for (int i = 0; i < sources.routeros().size(); i++) {
            collectors.add(new RouterOsCollector(sources.routeros().get(i), "sources.routeros[" + i + "]"));
        }
        if (!sources.snmp().isEmpty()) {
            LOG.info("sources.snmp is configured; SNMP collection is not part of this version and is skipped");
        }
        if (sources.scan().enabled()) {
            collectors.add(new ScanCollector(sources.scan(), "sources.scan"));
        }
        return collectors;
    }
}
