package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Host;

/** A host stored before IPv6 text was made canonical reads back in RFC 5952 text, without link-local IPs. */
class HostCodecIpv6Test {

    @Test
    void olderIpv6TextIsReadCanonicalAndLinkLocalAddressesAreNoLongerIps() {
        String stored = """
                {"mac":"74:83:c2:36:5a:6e","macs":["74:83:c2:36:5a:6e"],
                 "ips":[{"value":"10.0.0.7","source":"snmp:sw1"},
                        {"value":"2001:db8:10:0:0:0:0:5","source":"kea:dhcp"},
                        {"value":"fe80:0:0:0:7683:c2ff:fe36:5a6e","source":"snmp:sw1"}],
                 "sources":["kea:dhcp","snmp:sw1"],"firstSeen":"2026-11-01T10:00:00Z","lastSeen":"2026-11-01T10:00:00Z",
                 "flags":[],"evidence":{}}""";

        Host host = HostCodec.fromJson(stored, Map.of());

        assertThat(host.ipValues()).containsExactly("10.0.0.7", "2001:db8:10::5");
        assertThat(HostCodec.fromJson(HostCodec.toJson(host, Map.of()), Map.of())).isEqualTo(host);
        assertThat(host.lastSeen()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
    }
}
