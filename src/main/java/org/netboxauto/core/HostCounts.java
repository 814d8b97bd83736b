package org.netboxauto.core;

/** How many hosts the store holds, by review state. */
public record HostCounts(long total, long pending, long approved, long rejected) {

    public static final HostCounts NONE = new HostCounts(0, 0, 0, 0);

    public HostCounts {
        if (total < 0 || pending < 0 || approved < 0 || rejected < 0) {
            throw new IllegalArgumentException("host counts cannot be negative");
        }
    }
}
