package org.netboxauto.service;

/** The outcome of a connection test, in words for the admin: the peer's version, or what failed. */
public record ConnectionCheck(boolean ok, String message) {

    public static ConnectionCheck ok(String message) {
        return new ConnectionCheck(true, message);
    }

    public static ConnectionCheck failed(String message) {
        return new ConnectionCheck(false, message);
    }
}
