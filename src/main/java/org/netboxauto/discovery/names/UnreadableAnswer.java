package org.netboxauto.discovery.names;

/** A datagram that is not a valid answer to the question asked; the message says what is wrong with it. */
final class UnreadableAnswer extends Exception {

    UnreadableAnswer(String message) {
        super(message, null, false, false);
    }
}
