package org.netboxauto.discovery.routeros;

import org.netboxauto.discovery.CollectorException;

/** What every error names: the source, its config key, the address and the user. */
record RouterOsTarget(String sourceId, String configKey, String host, int port, String username) {

    String address() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    CollectorException fail(String what) {
        return new CollectorException(sourceId + " (" + address() + "): " + what);
    }

    CollectorException fail(String what, Throwable cause) {
        return new CollectorException(sourceId + " (" + address() + "): " + what, cause);
    }

    CollectorException loginRefused(String detail) {
        return fail("login refused for user " + username + " (" + detail + ") — check " + configKey
                + ".username / password");
    }
}
