package org.netboxauto.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CidrTest {

    @Test
    void parsesIpv4AndIpv6NetworksAndBareAddresses() {
        assertThat(Cidr.parse("192.168.1.0/24").size().longValue()).isEqualTo(256);
        assertThat(Cidr.parse("fd00::/64").isIpv4()).isFalse();
        assertThat(Cidr.parse("10.0.0.7").prefixLength()).isEqualTo(32);
        assertThat(Cidr.parse("10.0.0.0/8").contains(IpLiterals.parse("10.200.3.4"))).isTrue();
        assertThat(Cidr.parse("10.0.0.0/8").contains(IpLiterals.parse("11.0.0.1"))).isFalse();
    }

    @Test
    void refusesWhatIsNotACidrWithAReason() {
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).hasMessageContaining("/33");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.5/24")).hasMessageContaining("did you mean 10.0.0.0/24");
        assertThatThrownBy(() -> Cidr.parse("router.lan/24")).hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/x")).hasMessageContaining("not a prefix length");
    }

    @Test
    void privateRangesAreRecognisedAndPublicOnesAreNot() {
        assertThat(IpLiterals.isPrivate(IpLiterals.parse("172.16.5.1"))).isTrue();
        assertThat(IpLiterals.isPrivate(IpLiterals.parse("100.64.1.1"))).isTrue();
        assertThat(IpLiterals.isPrivate(IpLiterals.parse("fd12::1"))).isTrue();
        assertThat(IpLiterals.isPrivate(IpLiterals.parse("8.8.8.8"))).isFalse();
        assertThat(IpLiterals.isPrivate(IpLiterals.parse("2001:4860::1"))).isFalse();
    }

    @org.junit.jupiter.api.Test
    void anAddressWrittenAsTextIsInsideOrNot() {
        Cidr lan = Cidr.parse("10.0.0.0/24");
        org.assertj.core.api.Assertions.assertThat(lan.containsAddress("10.0.0.5")).isTrue();
        org.assertj.core.api.Assertions.assertThat(lan.containsAddress("10.0.0.5/16")).as("NetBox's form").isTrue();
        org.assertj.core.api.Assertions.assertThat(lan.containsAddress("10.0.1.5")).isFalse();
        org.assertj.core.api.Assertions.assertThat(lan.containsAddress("2001:db8::5")).isFalse();
        org.assertj.core.api.Assertions.assertThat(lan.containsAddress("printer")).isFalse();
    }
}
