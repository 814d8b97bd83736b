package org.netboxauto.core;

/** Where a discovery run stands; PARTIAL means some sources failed, INTERRUPTED that its process died. */
public enum RunStatus {
    RUNNING, SUCCEEDED, PARTIAL, FAILED, INTERRUPTED
}
