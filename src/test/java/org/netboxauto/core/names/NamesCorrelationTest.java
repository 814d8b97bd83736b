package org.netboxauto.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.Correlator;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostFlag;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.SourceKind;

/** Which hosts are asked for names, and how a looked-up name ranks against the sources' own. */
class NamesCorrelationTest {

    private static final Instant T = Instant.parse("2026-12-02T10:00:00Z");
    private static final MacAddress A = MacAddress.parse("02:00:00:00:00:0a").orElseThrow();
    private static final MacAddress B = MacAddress.parse("02:00:00:00:00:0b").orElseThrow();
    private static final List<SourceKind> PRECEDENCE = List.of(SourceKind.ROUTEROS, SourceKind.KEA,
            SourceKind.DNSMASQ, SourceKind.PROXMOX, SourceKind.SNMP, SourceKind.SCAN, SourceKind.NAMES);

    @Test
    void onlyHostsNoSourceNamesAreAskedByTheirLowestAddress() {
        List<Observation> run = List.of(
                new Observation("scan", T, A, List.of("fd00::5", "10.0.0.9", "10.0.0.10"), Optional.empty()),
                new Observation("snmp:sw1", T, A, List.of(), Optional.empty()),
                new Observation("scan", T, B, List.of("10.0.0.11"), Optional.empty()),
                new Observation("kea:dhcp", T, B, List.of("10.0.0.11"), Optional.of("printer")));
        assertThat(NamelessHosts.pick(run, List.of())).containsExactly(new NameRequest(A, "10.0.0.9"));
    }

    @Test
    void aHostNamedBeforeByASourceIsNotAskedButOneNamedByALookupIs() {
        List<Observation> run = List.of(new Observation("scan", T, A, List.of("10.0.0.9"), Optional.empty()),
                new Observation("scan", T, B, List.of("10.0.0.11"), Optional.empty()));
        Host namedByKea = hostNamed(A, "kea:dhcp", "web1");
        Host namedByPtr = hostNamed(B, "names:ptr", "pc11.example.com");
        assertThat(NamelessHosts.pick(run, List.of(namedByKea, namedByPtr)))
                .containsExactly(new NameRequest(B, "10.0.0.11"));
    }

    @Test
    void aLookedUpNameRanksBelowEverySourceEvenWhenPrecedenceLeavesItOut() {
        for (List<SourceKind> precedence : List.of(PRECEDENCE, List.of(SourceKind.KEA, SourceKind.SCAN))) {
            List<Observation> run = List.of(
                    new Observation("scan", T, A, List.of("10.0.0.9"), Optional.of("scan-name")),
                    found(A, NameMethod.PTR, "pc9.example.com"));
            Host host = new Correlator(precedence).correlate(run, List.of(), Set.of("scan", "names:ptr"))
                    .updated().getFirst();
            assertThat(host.hostnameValue()).contains("scan-name");
            assertThat(host.has(HostFlag.NAME_CONFLICT)).as("a lookup never conflicts").isFalse();
        }
    }

    @Test
    void aNamelessHostTakesTheFirstMethodsNameWithItsSource() {
        List<Observation> run = List.of(new Observation("scan", T, A, List.of("10.0.0.9"), Optional.empty()),
                found(A, NameMethod.PTR, "pc9.example.com"), found(A, NameMethod.NETBIOS, "pc9"),
                found(A, NameMethod.MDNS, "pc9-mac"));
        Host host = new Correlator(PRECEDENCE)
                .correlate(run, List.of(), Set.of("scan", "names:ptr", "names:netbios", "names:mdns"))
                .updated().getFirst();
        assertThat(host.hostname()).hasValueSatisfying(n -> {
            assertThat(n.value()).isEqualTo("pc9.example.com");
            assertThat(n.source()).isEqualTo("names:ptr");
        });
        assertThat(host.ips()).allMatch(ip -> ip.source().equals("scan"));
        assertThat(host.evidence().get("names:netbios")).containsEntry(FoundName.ASKED, "10.0.0.9");
    }

    @Test
    void aLookupNeverMarksAHostItDidNotAskAboutGone() {
        Host before = new Correlator(PRECEDENCE).correlate(List.of(
                new Observation("snmp:sw1", T, A, List.of("10.0.0.9"), Optional.empty()),
                found(A, NameMethod.PTR, "pc9.example.com")), List.of(), Set.of("snmp:sw1", "names:ptr"))
                .updated().getFirst();
        CorrelationResult later = new Correlator(PRECEDENCE).correlate(List.of(
                new Observation("scan", T, B, List.of("10.0.0.11"), Optional.empty())), List.of(before),
                Set.of("scan", "names:ptr"));
        assertThat(later.updated()).noneMatch(h -> h.mac().equals(A) && h.has(HostFlag.GONE));
    }

    private static Observation found(MacAddress mac, NameMethod method, String name) {
        return new FoundName(new NameRequest(mac, "10.0.0.9"), method, name).observation(T);
    }

    private static Host hostNamed(MacAddress mac, String source, String name) {
        return new Correlator(PRECEDENCE).correlate(List.of(
                new Observation(source, T, mac, List.of(), Optional.of(name))), List.of(), Set.of(source))
                .updated().getFirst();
    }
}
