package org.netboxauto.core.push;

/** The NetBox object types a push reads or writes, by their content type. */
public enum NbType {
    TAG("extras.tag", "tag"),
    MANUFACTURER("dcim.manufacturer", "manufacturer"),
    SITE("dcim.site", "site"),
    /** Read only: named by a site rule, never created. */
    LOCATION("dcim.location", "location"),
    /** Read only: named by a site rule, never created. */
    VRF("ipam.vrf", "VRF"),
    TENANT("tenancy.tenant", "tenant"),
    ROLE("dcim.devicerole", "device role"),
    DEVICE_TYPE("dcim.devicetype", "device type"),
    PLATFORM("dcim.platform", "platform"),
    CLUSTER_TYPE("virtualization.clustertype", "cluster type"),
    CLUSTER("virtualization.cluster", "cluster"),
    VLAN_GROUP("ipam.vlangroup", "VLAN group"),
    VLAN("ipam.vlan", "VLAN"),
    DEVICE("dcim.device", "device"),
    VIRTUAL_MACHINE("virtualization.virtualmachine", "VM"),
    INTERFACE("dcim.interface", "interface"),
    VM_INTERFACE("virtualization.vminterface", "VM interface"),
    MAC_ADDRESS("dcim.macaddress", "MAC"),
    IP_ADDRESS("ipam.ipaddress", "IP"),
    /** Read only: an IP can belong to one instead of an interface. */
    FHRP_GROUP("ipam.fhrpgroup", "FHRP group"),
    CABLE("dcim.cable", "cable");

    private final String contentType;
    private final String label;

    NbType(String contentType, String label) {
        this.contentType = contentType;
        this.label = label;
    }

    /** {@code dcim.device}: how NetBox names the type in {@code *_type} fields. */
    public String contentType() {
        return contentType;
    }

    public String label() {
        return label;
    }
}
