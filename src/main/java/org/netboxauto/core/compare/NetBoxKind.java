package org.netboxauto.core.compare;

/** What a NetBox object is: a device or a virtual machine. */
public enum NetBoxKind {
    DEVICE("device"), VIRTUAL_MACHINE("virtual machine");

    private final String label;

    NetBoxKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
