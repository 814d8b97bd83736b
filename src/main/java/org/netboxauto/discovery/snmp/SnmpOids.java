package org.netboxauto.discovery.snmp;

import org.snmp4j.smi.OID;

/** The MIB objects read from a switch (column OIDs, walked one by one). */
final class SnmpOids {

    static final OID SYS_OBJECT_ID = new OID("1.3.6.1.2.1.1.2");
    static final OID SYS_NAME = new OID("1.3.6.1.2.1.1.5");
    static final OID SYS_UP_TIME_0 = new OID("1.3.6.1.2.1.1.3.0");
    static final OID IF_DESCR = new OID("1.3.6.1.2.1.2.2.1.2");
    static final OID IF_TYPE = new OID("1.3.6.1.2.1.2.2.1.3");
    static final OID IF_OPER_STATUS = new OID("1.3.6.1.2.1.2.2.1.8");
    static final OID IF_NAME = new OID("1.3.6.1.2.1.31.1.1.1.1");
    static final OID IF_ALIAS = new OID("1.3.6.1.2.1.31.1.1.1.18");
    static final OID BRIDGE_ADDRESS = new OID("1.3.6.1.2.1.17.1.1");
    static final OID BASE_PORT_IF_INDEX = new OID("1.3.6.1.2.1.17.1.4.1.2");
    static final OID DOT1D_FDB_PORT = new OID("1.3.6.1.2.1.17.4.3.1.2");
    static final OID DOT1D_FDB_STATUS = new OID("1.3.6.1.2.1.17.4.3.1.3");
    static final OID DOT1Q_FDB_PORT = new OID("1.3.6.1.2.1.17.7.1.2.2.1.2");
    static final OID DOT1Q_FDB_STATUS = new OID("1.3.6.1.2.1.17.7.1.2.2.1.3");
    static final OID DOT1Q_VLAN_FDB_ID = new OID("1.3.6.1.2.1.17.7.1.4.2.1.3");
    static final OID LLDP_LOC_CHASSIS_ID = new OID("1.0.8802.1.1.2.1.3.2");
    static final OID LLDP_LOC_PORT_ID = new OID("1.0.8802.1.1.2.1.3.7.1.3");
    static final OID LLDP_LOC_PORT_DESC = new OID("1.0.8802.1.1.2.1.3.7.1.4");
    static final OID LLDP_REM_CHASSIS_SUBTYPE = new OID("1.0.8802.1.1.2.1.4.1.1.4");
    static final OID LLDP_REM_CHASSIS_ID = new OID("1.0.8802.1.1.2.1.4.1.1.5");
    static final OID LLDP_REM_PORT_ID_SUBTYPE = new OID("1.0.8802.1.1.2.1.4.1.1.6");
    static final OID LLDP_REM_PORT_ID = new OID("1.0.8802.1.1.2.1.4.1.1.7");
    static final OID LLDP_REM_PORT_DESC = new OID("1.0.8802.1.1.2.1.4.1.1.8");
    /** lldpRemManAddrIfSubtype: one row per management address, the address in the index. */
    static final OID LLDP_REM_MAN_ADDR_IF_SUBTYPE = new OID("1.0.8802.1.1.2.1.4.2.1.3");
    static final OID LLDP_LOC_MAN_ADDR_IF_SUBTYPE = new OID("1.0.8802.1.1.2.1.3.8.1.3");
    static final OID LLDP_REM_SYS_NAME = new OID("1.0.8802.1.1.2.1.4.1.1.9");
    static final OID LLDP_REM_CAPS_ENABLED = new OID("1.0.8802.1.1.2.1.4.1.1.12");
    static final OID CDP_DEVICE_ID = new OID("1.3.6.1.4.1.9.9.23.1.2.1.1.6");
    static final OID CDP_ADDRESS_TYPE = new OID("1.3.6.1.4.1.9.9.23.1.2.1.1.3");
    static final OID CDP_ADDRESS = new OID("1.3.6.1.4.1.9.9.23.1.2.1.1.4");
    static final OID CDP_DEVICE_PORT = new OID("1.3.6.1.4.1.9.9.23.1.2.1.1.7");
    static final OID CDP_PLATFORM = new OID("1.3.6.1.4.1.9.9.23.1.2.1.1.8");
    static final OID CDP_CAPABILITIES = new OID("1.3.6.1.4.1.9.9.23.1.2.1.1.9");
    static final OID VTP_VLAN_STATE = new OID("1.3.6.1.4.1.9.9.46.1.3.1.1.2");
    static final OID VLAN_TRUNK_DYNAMIC_STATUS = new OID("1.3.6.1.4.1.9.9.46.1.6.1.1.14");
    static final OID AGG_PORT_ATTACHED = new OID("1.2.840.10006.300.43.1.2.1.1.13");
    static final OID ENT_PHYSICAL_CLASS = new OID("1.3.6.1.2.1.47.1.1.1.1.5");
    static final OID ENT_PHYSICAL_SERIAL = new OID("1.3.6.1.2.1.47.1.1.1.1.11");
    static final OID IP_NET_TO_MEDIA_PHYS = new OID("1.3.6.1.2.1.4.22.1.2");
    static final OID IP_NET_TO_PHYSICAL_PHYS = new OID("1.3.6.1.2.1.4.35.1.4");

    /** Juniper's enterprise: its Q-BRIDGE FDB id is an internal index, not a VLAN. */
    static final OID JUNIPER = new OID("1.3.6.1.4.1.2636");

    static final int IF_TYPE_LAG = 161;

    private SnmpOids() {
    }
}
