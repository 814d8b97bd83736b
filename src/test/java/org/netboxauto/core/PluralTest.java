package org.netboxauto.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void oneIsSingularAndTheRestPlural() {
        assertThat(Plural.of(1, "observation")).isEqualTo("1 observation");
        assertThat(Plural.of(0, "observation")).isEqualTo("0 observations");
        assertThat(Plural.of(1234, "host")).isEqualTo("1,234 hosts");
        assertThat(Plural.of(2, "address")).isEqualTo("2 addresses");
    }
}
