package org.netboxauto.core.location;

/**
 * Evidence keys a switch's forwarding-table observation carries so that port location can be
 * computed over every switch of a run at once (see {@link PortLocator}).
 */
public final class LocationEvidence {

    /** {@code Evidence.TABLE} value of a forwarding-table row. */
    public static final String TABLE_FDB = "fdb";
    /** {@code Evidence.TABLE} value of a RouterOS bridge host row: a MikroTik CRS's forwarding table. */
    public static final String TABLE_BRIDGE_HOSTS = "bridge-hosts";
    /** {@code Evidence.TABLE} value of an ARP row. */
    public static final String TABLE_ARP = "arp";
    /** The polled switch's own identities (sysName, chassis MACs, address), {@code +}-separated, lower case. */
    public static final String SWITCH_IDS = "switch-ids";
    /** {@code lag} or {@code trunk} when the switch says so of the port. */
    public static final String PORT_KIND = "port-kind";
    /** A LAG's member ports, comma-separated; their LLDP/CDP neighbours count as the LAG's. */
    public static final String LAG_MEMBERS = "lag-members";
    /** The port's LLDP/CDP neighbours, {@link Neighbour#encodeAll}. */
    public static final String NEIGHBOURS = "neighbours";
    /** Why a row's port is not a location although the switch learned the MAC there (port 0, no ifIndex). */
    public static final String UNRESOLVED = "unresolved";
    /** Why the chosen port was chosen. */
    public static final String LOCATION = "location";
    /** The other ports the MAC was seen on and why each lost. */
    public static final String EXCLUDED = "excluded";
    /** Where a row that lost was seen: {@code switch port}, kept instead of switch/port/vlan. */
    public static final String SEEN_ON = "seen-on";

    public static final String KIND_LAG = "lag";
    public static final String KIND_TRUNK = "trunk";

    private LocationEvidence() {
    }
}
