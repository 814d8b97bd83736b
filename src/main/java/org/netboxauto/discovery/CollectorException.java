package org.netboxauto.discovery;

/** A source failed for a reason its message states in words an admin can act on. */
public class CollectorException extends Exception {

    public CollectorException(String message) {
        super(message);
    }

    public CollectorException(String message, Throwable cause) {
        super(message, cause);
    }
}
