package org.netboxauto.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void comparesNamesLowerCaseWithoutTheDomain() {
        assertThat(NameKey.of("Web01.example.com")).contains("web01");
        assertThat(NameKey.of("10.0.0.5")).contains("10.0.0.5");
        assertThat(NameKey.of("web01")).contains("web01");
    }

    @Test
    void cleansWhatAPeerSentBeforeComparing() {
        assertThat(NameKey.of("  web01\u0007.lan ")).contains("web01");
        assertThat(NameKey.of("w\u200beb01")).contains("web01");
        assertThat(NameKey.of(null)).isEmpty();
    }
}
