package org.netboxauto.core;

/** Keys of {@link Observation#evidence()} that more than one part of the program reads. */
public final class Evidence {

    /** Which table of the source the row came from: {@code dhcp-leases}, {@code arp}, {@code bridge-hosts}, {@code qemu}, {@code lxc}. */
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
    public static final String VENDOR = "vendor";
    public static final String INTERFACE = "interface";
    public static final String COMMENT = "comment";

    public static final String STATUS_STOPPED = "stopped";

    private Evidence() {
    }
}
