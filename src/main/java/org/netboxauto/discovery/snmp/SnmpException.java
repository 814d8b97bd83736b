package org.netboxauto.discovery.snmp;

/** A switch did not answer, or answered with an error; the message names the switch and what to do. */
final class SnmpException extends Exception {

    private final boolean timeout;

    SnmpException(String message, boolean timeout) {
        super(message);
        this.timeout = timeout;
    }

    /** The switch did not answer at all (wrong community, filtered, down). */
    boolean timeout() {
        return timeout;
    }
}
