package org.netboxauto.core;

/** Where a discovery run stands; PARTIAL means some sources failed. */
public enum RunStatus {
    RUNNING, SUCCEEDED, PARTIAL, FAILED
}
