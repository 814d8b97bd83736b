package org.netboxauto.core;

/** Keys of {@link Observation#evidence()} that more than one part of the program reads. */
public final class Evidence {

    /**
     * Which table of the source the row came from: {@code dhcp-leases}, {@code dhcp6-leases}, {@code reservations},
     * {@code arp}, {@code ipv6-neighbors}, {@code dhcpv6-bindings}, {@code bridge-hosts}, {@code qemu}, {@code lxc}.
     */
    public static final String TABLE = "table";
    /** Lease status (bound, waiting…) or guest status (running, stopped). */
    public static final String STATUS = "status";
    public static final String NODE = "node";
    public static final String VMID = "vmid";
    /** The NIC's slot on a guest, {@code net0}. */
    public static final String NIC = "nic";
    public static final String TAGS = "tags";
    public static final String POOL = "pool";
    public static final String SWITCH = "switch";
    public static final String PORT = "port";
    public static final String VLAN = "vlan";
    /** A guest NIC's VLAN tag as {@code mac=vid}; a guest's NICs merge to {@code mac=vid, mac=vid}. */
    public static final String NIC_VLAN = "nic-vlan";
    public static final String VENDOR = "vendor";
    public static final String INTERFACE = "interface";
    public static final String COMMENT = "comment";
    /** A DHCP lease's end, ISO-8601 UTC, or {@code never}. */
    public static final String EXPIRES = "expires";
    /** The DHCP client identifier (v4) or DUID (v6), colon-separated hex. */
    public static final String CLIENT_ID = "client-id";
    /** The subnet a lease or reservation belongs to, as the DHCP server names it (CIDR). */
    public static final String SUBNET = "subnet";

    /**
     * IPv6 link-local addresses (fe80::/10) the source saw with the MAC, comma-separated: kept as evidence, never a
     * host IP (the same fe80:: address can exist on every link). {@link Observation} moves them here itself.
     */
    public static final String LINK_LOCAL = "link-local";
    /** Addresses of the observation the source calls temporary (RFC 8981 privacy, DHCPv6 IA_TA), comma-separated. */
    public static final String TEMPORARY_IPS = "temporary-ips";
    /** Addresses of the observation the source knows to be stable (DHCPv6 IA_NA, configured), comma-separated. */
    public static final String STABLE_IPS = "stable-ips";

    /** Set when the source's name for the host was longer than a DNS name can be: its length, and that it was cut. */
    public static final String NAME_CUT = "name-cut";

    public static final String STATUS_STOPPED = "stopped";

    private Evidence() {
    }
}
