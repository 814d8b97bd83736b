package org.netboxauto.core;

/** The outcome of one source within a discovery run. */
public enum SourceStatus {
    SUCCEEDED, FAILED
}
