package org.netboxauto.core;

/** Things about a host an admin should notice before approving it. */
public enum HostFlag {
    /** One of its MACs is locally administered: often a randomized phone or laptop MAC that changes. */
    LOCALLY_ADMINISTERED_MAC,
    /** A guest that exists but was stopped when read. */
    STOPPED,
    /** Not seen by the last run of a source that saw it before. */
    GONE,
    /** Sources disagree on its name; the one chosen follows correlation.hostname-precedence. */
    NAME_CONFLICT,
    /** It has IPv6 temporary (privacy) addresses ({@link TemporaryAddresses}): shown, but a push leaves them out. */
    TEMPORARY_IPV6
}
