package org.netboxauto.core.compare;

/** How a discovered host and NetBox relate. */
public enum Outcome {
    /** Matched, and nothing discovery knows differs. */
    SAME,
    /** Matched, with at least one field that differs. */
    DIFFERENT,
    /** Discovered, with no NetBox object that matches. */
    ONLY_DISCOVERED,
    /** In NetBox, matched by no discovered host. */
    ONLY_NETBOX,
    /** Several candidates, or several hosts for one object: left for a person to decide. */
    AMBIGUOUS
}
