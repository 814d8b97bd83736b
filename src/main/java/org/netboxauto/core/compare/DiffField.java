package org.netboxauto.core.compare;

/** The fields compared between a discovered host and its NetBox object. */
public enum DiffField {
    NAME("name"), IPS("IPs"), MACS("MACs"), INTERFACE("interface"), SWITCH_PORT("switch port"),
    KIND("device or VM"), STATUS("status");

    private final String label;

    DiffField(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
