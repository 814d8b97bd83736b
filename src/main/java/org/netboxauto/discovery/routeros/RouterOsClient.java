package org.netboxauto.discovery.routeros;

import java.util.List;
import java.util.Map;
import org.netboxauto.discovery.CollectorException;

/** A logged-in session with one router that prints tables. */
interface RouterOsClient extends AutoCloseable {

    /**
     * Every row of a menu, e.g. {@code ip/dhcp-server/lease}, with only the given properties; a
     * property the router does not have for a row is absent from its map.
     */
    List<Map<String, String>> print(String menu, List<String> properties)
            throws CollectorException, InterruptedException;

    @Override
    void close();
}
