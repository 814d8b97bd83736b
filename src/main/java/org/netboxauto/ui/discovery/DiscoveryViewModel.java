package org.netboxauto.ui.discovery;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.ui.common.EmptyState;
import org.netboxauto.ui.common.EmptyStateViewModel;
import org.netboxauto.ui.common.SetupKey;

/** The Discovery tab: runs the collectors and shows their progress. */
public final class DiscoveryViewModel {

    static final EmptyState EMPTY = new EmptyState(
            MaterialDesignR.RADAR,
            "Discover the hosts on your network",
            "Discovery asks every source you configure what it can see and correlates the answers by MAC"
                    + " address, so each host appears once with its addresses, names and the switch port it is"
                    + " plugged into.",
            List.of("MikroTik RouterOS DHCP leases and ARP", "Proxmox VMs and containers",
                    "Subnet scans", "Switch MAC tables over SNMP"),
            List.of(new SetupKey("sources.routeros[]", "RouterOS routers to read DHCP leases and ARP from"),
                    new SetupKey("sources.proxmox[]", "Proxmox clusters to list VMs and containers from"),
                    new SetupKey("sources.scan", "Subnets to scan for hosts that no source reports"),
                    new SetupKey("sources.snmp[]", "Switches whose MAC tables tell which port a host is on")),
            "",
            List.of("netbox-auto discover"));

    private final EmptyStateViewModel emptyState;

    public DiscoveryViewModel(ReadOnlyObjectProperty<LoadedConfig> config) {
        this.emptyState = new EmptyStateViewModel(EMPTY, config);
    }

    public EmptyStateViewModel emptyState() {
        return emptyState;
    }
}
