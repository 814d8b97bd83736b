package org.netboxauto.core;

/** The admin's decision on a host; every host starts pending. */
public enum ReviewState {
    PENDING, APPROVED, REJECTED
}
