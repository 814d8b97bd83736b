package org.netboxauto.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.RouterOsSource;
import org.netboxauto.config.SnmpSource;
import org.netboxauto.core.topology.SwitchReport;

/**
 * The stored switch reports of the switch sources still configured, each with the {@code netbox-device}
 * its entry names now: a changed entry takes effect at the next push, without discovering again.
 */
final class SwitchReports {

    private SwitchReports() {
    }

    static List<SwitchReport> configured(AppConfig config, Map<String, SwitchReport> stored) {
        List<SwitchReport> out = new ArrayList<>();
        List<SnmpSource> snmp = config.sources().snmp();
        for (int i = 0; i < snmp.size(); i++) {
            SnmpSource s = snmp.get(i);
            SwitchReport r = stored.get("snmp:" + s.name());
            if (r != null) {
                out.add(configured(r, s.name(), "sources.snmp[" + i + "]", s.netboxDevice()));
            }
        }
        List<RouterOsSource> routeros = config.sources().routeros();
        for (int i = 0; i < routeros.size(); i++) {
            RouterOsSource s = routeros.get(i);
            SwitchReport r = stored.get("routeros:" + s.name());
            if (r != null) {
                out.add(configured(r, s.name(), "sources.routeros[" + i + "]", s.netboxDevice()));
            }
        }
        return out;
    }

    private static SwitchReport configured(SwitchReport r, String name, String key, java.util.Optional<String> device) {
        return new SwitchReport(name, key, device, r.sysName(), r.serials(), r.managementIps(), r.chassisIds(),
                r.links(), r.lagOf());
    }

    static Set<String> serials(List<SwitchReport> reports) {
        Set<String> out = new LinkedHashSet<>();
        reports.forEach(r -> out.addAll(r.serials()));
        return out;
    }
}
