package org.netboxauto.ui.common;

import java.util.List;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** What each tab shows until its feature arrives: what it will do and what to configure for it. */
public final class TabEmptyStates {

    /** The Discovery tab: runs the collectors and shows their progress. */
    public static final EmptyState DISCOVERY = new EmptyState(
            MaterialDesignR.RADAR,
            "Discover the hosts on your network",
            "Discovery asks every source you configure what it can see and correlates the answers by MAC"
                    + " address, so each host appears once with its addresses, names and the switch port it is"
                    + " plugged into.",
            List.of("MikroTik RouterOS DHCP leases and ARP", "ISC Kea and dnsmasq / Pi-hole DHCP leases",
                    "Proxmox VMs and containers", "Subnet scans", "Switch MAC tables over SNMP"),
            List.of(new SetupKey("sources.routeros[]", "RouterOS routers to read DHCP leases and ARP from",
                            c -> !c.sources().routeros().isEmpty()),
                    new SetupKey("sources.kea[]", "ISC Kea servers (Control Agent) to read DHCP leases from",
                            c -> !c.sources().kea().isEmpty()),
                    new SetupKey("sources.dnsmasq[]", "dnsmasq or Pi-hole lease files, here or over SSH",
                            c -> !c.sources().dnsmasq().isEmpty()),
                    new SetupKey("sources.proxmox[]", "Proxmox clusters to list VMs and containers from",
                            c -> !c.sources().proxmox().isEmpty()),
                    new SetupKey("sources.scan", "Subnets to scan for hosts that no source reports",
                            c -> c.sources().scan().enabled()),
                    new SetupKey("sources.snmp[]", "Switches whose MAC tables tell which port a host is on",
                            c -> !c.sources().snmp().isEmpty())),
            "",
            List.of("netbox-auto discover"));

    /** The Review tab: the admin's decisions on discovered hosts. */
    public static final EmptyState REVIEW = new EmptyState(
            MaterialDesignC.CLIPBOARD_CHECK_OUTLINE,
            "Review what was found",
            "Decide for each discovered host whether it belongs in NetBox and what it is. Decisions are kept"
                    + " by MAC address, so the next discovery run never loses them.",
            List.of("Approve or reject hosts", "Classify: server, workstation, IoT, network, VM",
                    "Override name, role and site", "Keep a note per host"),
            List.of(),
            "Nothing to configure here: hosts appear as soon as a discovery run has finished.",
            List.of("netbox-auto hosts", "netbox-auto approve", "netbox-auto reject", "netbox-auto classify"));

    /** The NetBox diff tab: approved hosts next to what NetBox already holds. */
    public static final EmptyState NETBOX_DIFF = new EmptyState(
            MaterialDesignC.COMPARE_HORIZONTAL,
            "Compare with NetBox",
            "See the approved hosts side by side with what NetBox already knows, matched by MAC first, then"
                    + " IP, then name, with every field that differs highlighted.",
            List.of("Devices and virtual machines", "Interfaces and MAC addresses",
                    "IP addresses", "Cables to switch ports"),
            List.of(new SetupKey("netbox.url", "Your NetBox, e.g. https://netbox.example.com",
                            c -> c.netbox().url().isPresent()),
                    new SetupKey("netbox.token", "An API token, read from an environment variable or a file",
                            c -> c.netbox().token().isPresent())),
            "",
            List.of("netbox-auto diff"));

    /** The Push tab: the dry-run plan, then applying it to NetBox and DNS. */
    public static final EmptyState PUSH = new EmptyState(
            MaterialDesignC.CLOUD_UPLOAD_OUTLINE,
            "Push to NetBox and DNS",
            "Start with a dry run that lists every change with its before and after. Nothing is written"
                    + " until you apply the plan, and an interrupted push resumes without duplicates.",
            List.of("Dry-run plan with field-level changes", "Devices, VMs, interfaces, IPs and cables",
                    "DNS records in Unbound or over RFC 2136", "A journal of every applied change"),
            List.of(new SetupKey("netbox.url", "The NetBox to write to",
                            c -> c.netbox().url().isPresent()),
                    new SetupKey("netbox.token", "An API token with write access",
                            c -> c.netbox().token().isPresent()),
                    new SetupKey("dns.unbound", "An Unbound server, updated over SSH",
                            c -> c.dns().unbound().enabled()),
                    new SetupKey("dns.rfc2136", "Or a DNS server that accepts dynamic updates",
                            c -> c.dns().rfc2136().enabled())),
            "",
            List.of("netbox-auto push --dry-run", "netbox-auto push"));

    /** The Topology tab: the switches and their links, from what the switches report over SNMP. */
    public static final EmptyState TOPOLOGY = new EmptyState(
            MaterialDesignL.LAN,
            "See how your switches connect",
            "The map draws every switch read over SNMP, the routers, hypervisors and other neighbours it hears over"
                    + " LLDP or CDP, and the links between them. Click a switch to see which ports carry hosts,"
                    + " uplinks or hypervisors.",
            List.of("Switches and their LLDP/CDP neighbours", "Front panel per switch, coloured by use",
                    "Hosts on each port, one click from Review", "Export as PNG or SVG"),
            List.of(new SetupKey("sources.snmp[]", "Switches to read over SNMP: their MAC and LLDP/CDP tables",
                    c -> !c.sources().snmp().isEmpty())),
            "The map appears after a discovery run has read at least one of these switches.",
            List.of("netbox-auto discover"));

    private TabEmptyStates() {
    }
}
