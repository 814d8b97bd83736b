package org.netboxauto.core;

/** The admin's decision on a host; every host starts pending. */
public enum ReviewState {
    PENDING, APPROVED, REJECTED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
