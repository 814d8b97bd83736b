package org.netboxauto.discovery.routeros;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.config.RouterOsSource;
import org.netboxauto.core.HostNames;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.location.Neighbour;
import org.netboxauto.core.topology.SwitchLink;
import org.netboxauto.core.topology.SwitchReport;
import org.netboxauto.discovery.CollectorContext;
import org.netboxauto.discovery.CollectorException;

/**
 * A MikroTik switch's {@link SwitchReport}: its identity, routerboard serial, interface MACs and
 * the neighbours of {@code /ip/neighbor} (MNDP, LLDP, CDP) with the port each spoke from. A menu
 * the router refuses (a user without the right policy) leaves that part out, said once.
 */
final class RouterOsSwitchReport {

    private RouterOsSwitchReport() {
    }

    static SwitchReport read(RouterOsClient client, RouterOsSource source, String configKey, CollectorContext context)
            throws InterruptedException {
        Optional<String> identity = rows(client, "system/identity", List.of("name"), context).stream()
                .map(r -> r.get("name")).flatMap(n -> HostNames.clean(n).stream()).findFirst();
        List<String> serials = rows(client, "system/routerboard", List.of("serial-number"), context).stream()
                .map(r -> r.get("serial-number")).flatMap(s -> HostNames.clean(s).stream()).distinct().toList();
        Set<String> chassis = new LinkedHashSet<>();
        for (Map<String, String> r : rows(client, "interface", List.of("mac-address"), context)) {
            MacAddress.parse(r.getOrDefault("mac-address", "")).ifPresent(m -> chassis.add(m.toString()));
        }
        List<SwitchLink> links = new ArrayList<>();
        for (Map<String, String> r : rows(client, "ip/neighbor", List.of("interface", "address", "mac-address",
                "identity", "interface-name", "system-caps-enabled", "discovered-by"), context)) {
            link(r).ifPresent(links::add);
        }
        List<String> addresses = IpLiterals.isLiteral(source.host()) && !IpLiterals.parse(source.host()).isLoopbackAddress()
                ? List.of(IpLiterals.parse(source.host()).getHostAddress()) : List.of();
        return new SwitchReport(source.name(), configKey, source.netboxDevice(), identity, serials, addresses, chassis,
                links, Map.of());
    }

    private static Optional<SwitchLink> link(Map<String, String> row) {
        // a neighbour on a bridge port reads "ether2,bridge1": the port first
        Optional<String> local = HostNames.clean(row.getOrDefault("interface", "").split(",")[0]);
        if (local.isEmpty()) {
            return Optional.empty();
        }
        Set<String> ids = new LinkedHashSet<>();
        MacAddress.parse(row.getOrDefault("mac-address", "")).ifPresent(m -> ids.add(m.toString()));
        HostNames.clean(row.get("identity")).map(Neighbour::cleanId).ifPresent(ids::add);
        Optional<String> address = Optional.ofNullable(row.get("address")).map(String::strip)
                .filter(a -> IpLiterals.isLiteral(a) && a.indexOf(':') < 0);
        Set<String> caps = Set.of(row.getOrDefault("system-caps-enabled", "").toLowerCase(Locale.ROOT).split(","));
        String protocol = row.getOrDefault("discovered-by", "").toLowerCase(Locale.ROOT).contains("lldp") ? "lldp"
                : row.getOrDefault("discovered-by", "").toLowerCase(Locale.ROOT).contains("cdp") ? "cdp" : "mndp";
        return Optional.of(new SwitchLink(local.get(), protocol, ids, HostNames.clean(row.get("interface-name")),
                Optional.empty(), address, forwards(caps)));
    }

    /** As for SNMP neighbours: a phone or access point bridges too, yet is an end device. */
    private static boolean forwards(Set<String> caps) {
        return (caps.contains("bridge") || caps.contains("router")) && !caps.contains("telephone")
                && !caps.contains("wlan-ap");
    }

    private static List<Map<String, String>> rows(RouterOsClient client, String menu, List<String> properties,
                                                  CollectorContext context) throws InterruptedException {
        try {
            return client.print(menu, properties);
        } catch (CollectorException e) {
            if (context.cancelled() || Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("cancelled");
            }
            context.progress("could not read " + menu + " (" + e.getMessage() + "); switch cables are planned"
                    + " without it");
            return List.of();
        }
    }
}
