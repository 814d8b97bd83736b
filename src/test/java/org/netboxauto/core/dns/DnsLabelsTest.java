package org.netboxauto.core.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DnsLabelsTest {

    private static final String ZONE = "lan.example.com";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "web01|web01",
        "WEB01|web01",
        "Bob's iPhone|bobs-iphone",
        "Bob\u2019s iPad|bobs-ipad",
        "printer_2nd floor|printer-2nd-floor",
        "--edge--|edge",
        "Büro-PC|buro-pc",
        "web01.lan.example.com|web01",
        "WEB01.LAN.EXAMPLE.COM.|web01",
        "nas.other.org|nas",
        "ｗｅｂ０１|web01",
        "a;b|a-b",
        "x$(reboot)|x-reboot",
        "`id`host|id-host",
        "\"quoted\"|quoted",
        "a && b|a-b",
        "xn--80ak6aa92e|xn--80ak6aa92e",
    })
    void reducesToOneLabel(String raw, String label) {
        assertThat(DnsLabels.reduce(raw, ZONE).label()).contains(label);
    }

    @Test
    void cutsAtSixtyThreeWithoutTrailingHyphen() {
        String raw = "a".repeat(62) + "-" + "b".repeat(200);
        String label = DnsLabels.reduce(raw, ZONE).label().orElseThrow();
        assertThat(label).isEqualTo("a".repeat(62));
        assertThat(DnsLabels.reduce("x".repeat(300), ZONE).label()).contains("x".repeat(63));
    }

    @Test
    void refusesNamesThatCannotBeMadeValid() {
        assertThat(DnsLabels.reduce("", ZONE).reason()).contains("empty");
        assertThat(DnsLabels.reduce("\u0000\n ", ZONE).reason()).contains("empty");
        assertThat(DnsLabels.reduce("$(;)", ZONE).reason()).contains("no letters or digits");
        assertThat(DnsLabels.reduce(".web", ZONE).label()).isEmpty();
        // Cyrillic а and е look like a and e: never silently another host's name
        DnsLabels.Reduced lookAlike = DnsLabels.reduce("w\u0435b01", ZONE);
        assertThat(lookAlike.label()).isEmpty();
        assertThat(lookAlike.reason()).contains("U+0435");
        assertThat(DnsLabels.reduce("服务器", ZONE).label()).isEmpty();
        String longZone = ("z".repeat(60) + ".").repeat(4) + "example";
        assertThat(DnsLabels.reduce("host", longZone).reason()).contains("253");
        assertThat(DnsLabels.reduce("a", longZone).label()).isEqualTo(Optional.of("a"));
    }

    @Test
    void quotesForMessagesWithoutRawControlCharacters() {
        assertThat(DnsLabels.quote("a\"b\nc\u0000")).isEqualTo("\"a\\\"b\\u000Ac\\u0000\"");
        assertThat(DnsLabels.quote("x".repeat(100))).hasSize(80 + 5);
    }
}
