package org.netboxauto.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeerTextTest {

    @Test
    void terminalSequencesAreShownEscapedNotActedOn() {
        assertThat(PeerText.clean("\u001b[2J\u001b]0;title\u0007ok")).isEqualTo("\\x1B[2J\\x1B]0;title\\x07ok");
        assertThat(PeerText.clean("c1 csi \u009b31m del \u007f")).isEqualTo("c1 csi \\x9B31m del \\x7F");
        assertThat(PeerText.clean("a\r\nb\tc")).isEqualTo("a\\r\\nb\\tc");
    }

    @Test
    void bidiOverridesAndInvisibleFormatCharactersAreEscaped() {
        assertThat(PeerText.clean("invoice\u202Efdp.exe")).isEqualTo("invoice\\u202Efdp.exe");
        assertThat(PeerText.clean("a\u2066b\u2069c\u200Fd\u200Be")).isEqualTo("a\\u2066b\\u2069c\\u200Fd\\u200Be");
        assertThat(PeerText.isUnsafe("plain Łukasz-PC 😀")).isFalse();
        assertThat(PeerText.clean("plain Łukasz-PC 😀")).isEqualTo("plain Łukasz-PC 😀");
    }

    @Test
    void longTextIsCutWithANoteSayingHowMuch() {
        assertThat(PeerText.cut("x".repeat(310), 300)).isEqualTo("x".repeat(300) + "… (10 more characters)");
        assertThat(PeerText.cut("ab", 1)).isEqualTo("a… (1 more character)");
        assertThat(PeerText.clean(null)).isEmpty();
        assertThat(PeerText.escape("y".repeat(10_000))).hasSize(10_000);
    }
}
