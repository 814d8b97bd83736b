package org.netboxauto.config;

/** Where approved hosts' DNS records are written. */
public record DnsConfig(UnboundConfig unbound, Rfc2136Config rfc2136) {

    static DnsConfig read(ConfigSection s) {
        DnsConfig dns = new DnsConfig(UnboundConfig.read(s.section("unbound")), Rfc2136Config.read(s.section("rfc2136")));
        s.reportUnknownKeys();
        return dns;
    }
}
