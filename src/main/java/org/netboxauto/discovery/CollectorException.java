package org.netboxauto.discovery;

import org.netboxauto.core.PeerText;

/** A source failed for a reason its message states in words an admin can act on; a peer's text in it is escaped. */
public class CollectorException extends Exception {

    public CollectorException(String message) {
        super(PeerText.escape(message));
    }

    public CollectorException(String message, Throwable cause) {
        super(PeerText.escape(message), cause);
    }
}
