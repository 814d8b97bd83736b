package org.netboxauto.dns;

/** A DNS target could not be read or written; the message names the target and what to do. */
public class DnsTargetException extends Exception {

    public DnsTargetException(String message) {
        super(message);
    }

    public DnsTargetException(String message, Throwable cause) {
        super(message, cause);
    }
}
