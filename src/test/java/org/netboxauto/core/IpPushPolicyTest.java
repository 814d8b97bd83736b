package org.netboxauto.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IpPushPolicyTest {

    @Test
    void globalAndUniqueLocalIpv6AndEveryIpv4ArePushedLinkLocalAndNoHostsAddressesNot() {
        assertThat(IpPushPolicy.pushes("2001:db8::5")).isTrue();
        assertThat(IpPushPolicy.pushes("fd12:3456::5")).isTrue();
        assertThat(IpPushPolicy.pushes("10.0.0.5")).isTrue();
        assertThat(IpPushPolicy.pushes("fe80::1")).isFalse();
        assertThat(IpPushPolicy.pushes("febf:ffff::1")).as("the top of fe80::/10").isFalse();
        assertThat(IpPushPolicy.pushes("fec0::1")).as("just past fe80::/10").isTrue();
        assertThat(IpPushPolicy.pushes("ff02::1")).isFalse();
        assertThat(IpPushPolicy.pushes("::1")).isFalse();
        assertThat(IpPushPolicy.pushes("::")).isFalse();
        assertThat(IpPushPolicy.pushes("not an address")).isFalse();
    }
}
