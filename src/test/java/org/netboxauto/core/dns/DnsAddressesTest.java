package org.netboxauto.core.dns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DnsAddressesTest {

    @Test
    void canonicalIpv6FollowsRfc5952() {
        assertThat(canon("2001:0DB8:0:0:0:0:0:1")).isEqualTo("2001:db8::1");
        assertThat(canon("2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(canon("2001:db8:0:1:1:1:1:1")).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(canon("::")).isEqualTo("::");
        assertThat(canon("fd00::")).isEqualTo("fd00::");
        assertThat(canon("192.168.001.5")).isNull();
        assertThat(canon("192.168.1.5")).isEqualTo("192.168.1.5");
    }

    @Test
    void reverseNames() {
        assertThat(DnsAddresses.reverseName(DnsAddresses.parse("192.168.1.5").orElseThrow()))
                .isEqualTo("5.1.168.192.in-addr.arpa");
        assertThat(DnsAddresses.reverseName(DnsAddresses.parse("2001:db8::567:89ab").orElseThrow()))
                .isEqualTo("b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
    }

    @Test
    void refusesAnythingButAPlainLiteral() {
        assertThat(DnsAddresses.parse("192.168.1.5/24")).isEmpty();
        assertThat(DnsAddresses.parse("fe80::1%eth0")).isEmpty();
        assertThat(DnsAddresses.parse("example.com")).isEmpty();
        assertThat(DnsAddresses.parse("1.2.3.4; rm -rf /")).isEmpty();
        assertThat(DnsAddresses.parse(null)).isEmpty();
    }

    private static String canon(String text) {
        return DnsAddresses.parse(text).map(DnsAddresses::canonical).orElse(null);
    }
}
