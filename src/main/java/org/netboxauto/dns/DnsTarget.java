package org.netboxauto.dns;

import java.util.List;
import org.netboxauto.core.dns.DnsChange;
import org.netboxauto.core.dns.DnsState;
import org.netboxauto.core.dns.DnsZones;

/** A DNS server netbox-auto writes approved hosts' records to. */
public interface DnsTarget {

    /** Its config path, "dns.unbound" or "dns.rfc2136". */
    String target();

    /** Where it writes, for a person: host, port, file or zone. */
    String where();

    DnsZones zones();

    /** The records netbox-auto owns there now, and the names it must not touch. */
    DnsState read() throws DnsTargetException;

    /**
     * Makes exactly these changes, or none: when the target no longer matches them (changed since
     * the preview), fails naming what differs.
     */
    void apply(List<DnsChange> changes) throws DnsTargetException;
}
