package org.netboxauto.core.topology;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one switch tells of itself and of its LLDP/CDP neighbours: enough to find it in NetBox and
 * to cable it to the switches it is linked to.
 *
 * @param switchName    the name its ports are known by in port locations (the source's {@code name})
 * @param configKey     the source's entry, e.g. {@code sources.snmp[2]}, named in what the plan says
 * @param netboxDevice  the NetBox device the admin named for it ({@code netbox-device})
 * @param serials       chassis serial numbers (ENTITY-MIB, RouterOS routerboard), first the main one
 * @param managementIps IP literals it is managed at
 * @param chassisIds    its own ids as its neighbours see them: chassis MAC, bridge address, LLDP chassis id
 * @param lagOf         LAG member port → the LAG port it belongs to
 * @param ports         its bridge ports with their link state, in the switch's order; empty when not read
 */
public record SwitchReport(String switchName, String configKey, Optional<String> netboxDevice,
                           Optional<String> sysName, List<String> serials, List<String> managementIps,
                           Set<String> chassisIds, List<SwitchLink> links, Map<String, String> lagOf,
                           List<SwitchPort> ports) {

    /** A report without its port list, as the push builds it. */
    public SwitchReport(String switchName, String configKey, Optional<String> netboxDevice,
                        Optional<String> sysName, List<String> serials, List<String> managementIps,
                        Set<String> chassisIds, List<SwitchLink> links, Map<String, String> lagOf) {
        this(switchName, configKey, netboxDevice, sysName, serials, managementIps, chassisIds, links, lagOf,
                List.of());
    }

    public SwitchReport {
        Objects.requireNonNull(switchName, "switchName");
        Objects.requireNonNull(configKey, "configKey");
        Objects.requireNonNull(netboxDevice, "netboxDevice");
        Objects.requireNonNull(sysName, "sysName");
        serials = List.copyOf(serials);
        managementIps = List.copyOf(managementIps);
        chassisIds = Set.copyOf(chassisIds);
        links = List.copyOf(links);
        lagOf = Map.copyOf(lagOf);
        ports = List.copyOf(ports);
    }
}
