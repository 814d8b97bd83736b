package org.netboxauto.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The search box: a partial MAC in any notation, part of an IP, a name, a note or a vendor, in any case. */
class HostFilterTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Host PRINTER = new Host(MacAddress.of("30:05:5c:10:0a:7f"),
            List.of(MacAddress.of("30:05:5c:10:0a:7f"), MacAddress.of("02:00:00:00:be:ef")),
            List.of(new Sourced<>("192.168.10.42", "routeros:core", AT)),
            Optional.of(new Sourced<>("Printer-4th-Floor", "routeros:core", AT)), Optional.empty(),
            Optional.of(new Sourced<>("Brother Industries", "oui", AT)), List.of("routeros:core"), AT, AT, Set.of(),
            Map.of());
    private static final Review NOTED = new Review(PRINTER.mac(), ReviewState.PENDING, Optional.empty(),
            Optional.of("lab-printer"), Optional.empty(), Optional.empty(), Optional.of("Toner ordered"), AT,
            Optional.empty());

    @Test
    void aPartialMacMatchesInEveryNotationAndAtEveryDigit() {
        assertThat(List.of("30:05:5c", "30-05-5C-10-0", "3005.5c10.0a7f", "05:5c:1", "a7f", "5C10", "be:ef", "0:be"))
                .allMatch(this::found);
        assertThat(List.of("30:05:5d", "a7f0", "30:05:5c:10:0a:7f:00", "fb")).noneMatch(this::found);
    }

    @Test
    void textMatchesIpsNamesNotesAndVendorsInAnyCase() {
        assertThat(List.of("168.10.4", "printer-4", "PRINTER-4TH-floor", "LAB-print", "toner", "brother"))
                .allMatch(this::found);
        assertThat(List.of("192.168.11", "scanner", "ordered!", "g")).noneMatch(this::found);
    }

    @Test
    void oneDigitIsNotTakenForAMac() {
        assertThat(found("7")).as("no MAC digit match for one digit; nothing else has a 7").isFalse();
    }

    private boolean found(String text) {
        return new HostFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(text))
                .matches(PRINTER, NOTED);
    }
}
