package org.netboxauto.discovery.routeros;

import java.io.IOException;

/** The bytes from a RouterOS port are not the protocol expected, end mid-reply, or hold an oversize word. */
public class ApiProtocolException extends IOException {

    /** What went wrong, which decides the advice given to the admin. */
    public enum Kind {
        /** Another service answered, or none did. */
        NOT_ROUTEROS,
        /** The connection ended inside a reply. */
        CUT,
        /** A word larger than the client accepts. */
        TOO_BIG,
        /** Bytes that break the word protocol. */
        MALFORMED
    }

    private final Kind kind;

    public ApiProtocolException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
