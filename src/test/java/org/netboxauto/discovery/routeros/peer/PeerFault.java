package org.netboxauto.discovery.routeros.peer;

/** How the peer misbehaves on purpose. */
public enum PeerFault {
    NONE,
    /** Accepts the connection and never answers. */
    STALL,
    /** Sends part of the first table's reply, then closes. */
    CLOSE_MID_REPLY,
    /** Answers like some other service: an HTTP error page and random bytes. */
    GARBAGE,
    /** A row of the first table carries a comment of more than 1 MiB. */
    HUGE_WORD,
    /** The user's group lacks the read policy: every print is refused with {@code !trap}. */
    NO_PERMISSION,
    /** After login the router ends the session with {@code !fatal}. */
    FATAL,
    /** The first table's reply never ends: {@code !re} rows, forever. */
    ENDLESS,
    /** The first table's reply starts with a sentence of 10,000 words of 1 MiB each. */
    HUGE_SENTENCE,
    /** The first table's reply comes one byte every 50 ms. */
    TRICKLE
}
