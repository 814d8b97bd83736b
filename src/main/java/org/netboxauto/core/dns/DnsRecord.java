package org.netboxauto.core.dns;

import java.util.Objects;

/**
 * One DNS record. name: absolute, lower case, no trailing dot (e.g. "web01.lan.example.com" or
 * "5.1.168.192.in-addr.arpa"). value: IP literal for A/AAAA, absolute name for PTR.
 */
public record DnsRecord(String name, DnsRecordType type, String value, int ttl) {

    public DnsRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (ttl < 0) {
            throw new IllegalArgumentException("TTL " + ttl + " is negative");
        }
    }

    /** The same record apart from its TTL. */
    public boolean sameData(DnsRecord other) {
        return name.equals(other.name) && type == other.type && value.equals(other.value);
    }

    /** {@code "A web01.lan.example.com 192.168.1.5"}. */
    public String text() {
        return type + " " + name + " " + value;
    }
}
