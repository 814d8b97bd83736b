package org.netboxauto.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IpKeyTest {

    @Test
    void dropsTheMaskAndSpellsEachAddressOneWay() {
        assertThat(IpKey.of("10.0.0.5/24")).contains("10.0.0.5");
        assertThat(IpKey.of("10.0.0.5")).isEqualTo(IpKey.of("10.0.0.5/32"));
        assertThat(IpKey.of("2001:db8::1/64")).isEqualTo(IpKey.of("2001:0db8:0:0::1"));
        assertThat(IpKey.of("010.00.0.005/24")).contains("10.0.0.5");
        assertThat(IpKey.of("10.100.0.250")).contains("10.100.0.250");
    }

    @Test
    void refusesWhatIsNoAddress() {
        assertThat(IpKey.of("10.0.0.256")).isEmpty();
        assertThat(IpKey.of("10.0.0")).isEmpty();
        assertThat(IpKey.of("10..0.1")).isEmpty();
        assertThat(IpKey.of("web01")).isEmpty();
        assertThat(IpKey.of(null)).isEmpty();
    }
}
