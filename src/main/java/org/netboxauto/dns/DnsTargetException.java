package org.netboxauto.dns;

import org.netboxauto.core.PeerText;

/** A DNS target could not be read or written; the message names the target and what to do. */
public class DnsTargetException extends Exception {

    public DnsTargetException(String message) {
        super(PeerText.escape(message));
    }

    public DnsTargetException(String message, Throwable cause) {
        super(PeerText.escape(message), cause);
    }
}
