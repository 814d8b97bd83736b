package org.netboxauto.service;

/** A DNS target could not be read for a preview; the message names the target and what to do. */
public class DnsUnavailableException extends RuntimeException {

    public DnsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
