package org.netboxauto.discovery.snmp;

import org.netboxauto.discovery.CollectorException;

/** Which switch a message is about: source id, config key, {@code host:port}. */
record SnmpTarget(String sourceId, String configKey, String host, int port) {

    String address() {
        return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
    }

    CollectorException fail(String why) {
        return new CollectorException(sourceId + " (" + address() + "): " + why);
    }
}
