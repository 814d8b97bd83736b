package org.netboxauto.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"00:50:56:0a:0b:0c", "00-50-56-0A-0B-0C", "0050.560a.0b0c", "0050560A0B0C",
        "0:50:56:a:b:c", "1:0:50:56:a:b:c", "01:00:50:56:0a:0b:0c", "010050560a0b0c",
        "  00:50:56:0A:0B:0C  "})
    void everyFormInTheWildBecomesOneCanonicalForm(String text) {
        assertThat(MacAddress.parse(text)).hasValueSatisfying(m -> assertThat(m).hasToString("00:50:56:0a:0b:0c"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff", "01:00:5e:00:00:01", "00:50:56:0a:0b",
        "00:50:56:0a:0b:0c:0d", "ff:00:01:02:03:04:05", "0050.560a.0b0", "00:50:56:0a:0b:0g", "00:50:56:0a:0b:٣",
        "001:50:56:0a:0b:0c", "00::50:56:0a:0b"})
    void whatIsNotAHostMacIsRefused(String text) {
        assertThat(MacAddress.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void locallyAdministeredAddressesAreRecognised() {
        assertThat(MacAddress.of("da:a1:19:00:00:01").isLocallyAdministered()).isTrue();
        assertThat(MacAddress.of("bc:24:11:00:00:01").isLocallyAdministered()).isFalse();
        assertThat(MacAddress.of("bc:24:11:00:00:01").oui()).isEqualTo("bc:24:11");
        assertThatThrownBy(() -> MacAddress.of("junk")).hasMessageContaining("\"junk\" is not a MAC address");
    }

    @Test
    void hexDigitsAndTextCoverEveryBitPattern() {
        MacAddress mac = MacAddress.of("FE:dc:BA:09:87:6a");
        assertThat(mac.toString()).isEqualTo("fe:dc:ba:09:87:6a");
        assertThat(mac.hexDigits()).isEqualTo("fedcba09876a");
        assertThat(MacAddress.of("00:00:00:00:00:01").hexDigits()).isEqualTo("000000000001");
    }
}
