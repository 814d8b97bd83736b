package org.netboxauto.core.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Correlator;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.SourceKind;

class DnsPlannerTest {

    private static final DnsZones ZONES = new DnsZones("dns.unbound", "lan.example.com.",
            List.of("1.168.192.in-addr.arpa", "8.b.d.0.1.0.0.2.ip6.arpa"), 3600);
    private static final MacAddress M1 = MacAddress.of("00:50:56:00:00:01");
    private static final MacAddress M2 = MacAddress.of("00:50:56:00:00:02");
    private static final MacAddress M3 = MacAddress.of("00:50:56:00:00:03");

    private static DnsHost host(MacAddress mac, String name, String... ips) {
        return new DnsHost(mac, Optional.ofNullable(name), List.of(ips));
    }

    private static DnsRecord a(String label, String ip) {
        return new DnsRecord(label + ".lan.example.com", ip.contains(":") ? DnsRecordType.AAAA : DnsRecordType.A, ip,
                3600);
    }

    private static DnsRecord ptr(String reverse, String label) {
        return new DnsRecord(reverse, DnsRecordType.PTR, label + ".lan.example.com", 3600);
    }

    private static List<String> lines(DnsPlan plan) {
        return plan.changes().stream().map(DnsChange::line).toList();
    }

    @Test
    void newHostGetsAddressAndPtrRecords() {
        DnsHost web = host(M1, "Web01", "192.168.1.5", "2001:DB8::5", "fe80::1");
        DnsPlan plan = DnsPlanner.plan(ZONES, List.of(web), List.of(web), DnsState.of(List.of()));
        assertThat(lines(plan)).containsExactly(
                "+ A web01.lan.example.com 192.168.1.5",
                "+ AAAA web01.lan.example.com 2001:db8::5",
                "+ PTR 5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa web01.lan.example.com",
                "+ PTR 5.1.168.192.in-addr.arpa web01.lan.example.com");
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void dnsPublishesOnlyTheAddressesThePushWritesNeverATemporaryOrNoHostsOne() {
        MacAddress mac = MacAddress.of("74:83:c2:36:5a:6e");
        Instant t = Instant.parse("2026-11-01T10:00:00Z");
        // a stable EUI-64 address, a privacy one beside it on the same /64, and a link-local one
        List<Observation> seen = List.of(
                new Observation("kea:dhcp", t, mac, List.of("192.168.1.7"), Optional.of("laptop")),
                neighbour(mac, t, "2001:db8:10:0:7683:c2ff:fe36:5a6e"),
                neighbour(mac, t, "2001:db8:10:0:3d1a:94c2:7b0e:51f6"),
                neighbour(mac, t, "fe80::7683:c2ff:fe36:5a6e"));
        Host laptop = new Correlator(List.of(SourceKind.KEA, SourceKind.ROUTEROS)).correlate(seen, List.of(),
                Set.of("kea:dhcp", "routeros:core")).updated().getFirst();
        DnsHost fromHost = DnsHost.of(laptop, laptop.hostnameValue());
        DnsHost noHosts = host(M2, "odd", "ff02::1", "::1", "fe80::2");

        DnsPlan plan = DnsPlanner.plan(ZONES, List.of(fromHost, noHosts), List.of(fromHost, noHosts),
                DnsState.of(List.of()));

        assertThat(lines(plan)).containsExactly(
                "+ A laptop.lan.example.com 192.168.1.7",
                "+ AAAA laptop.lan.example.com 2001:db8:10:0:7683:c2ff:fe36:5a6e",
                "+ PTR 7.1.168.192.in-addr.arpa laptop.lan.example.com",
                "+ PTR e.6.a.5.6.3.e.f.f.f.2.c.3.8.6.7.0.0.0.0.0.1.0.0.8.b.d.0.1.0.0.2.ip6.arpa"
                        + " laptop.lan.example.com");
        assertThat(plan.problems()).isEmpty();
    }

    private static Observation neighbour(MacAddress mac, Instant at, String ip) {
        return new Observation("routeros:core", at, mac, List.of(ip), Optional.empty(), Optional.empty(),
                Map.of(Evidence.TABLE, "ipv6-neighbors"));
    }

    @Test
    void hostWithoutNameYieldsNothing() {
        DnsHost anon = host(M1, null, "192.168.1.5");
        DnsPlan plan = DnsPlanner.plan(ZONES, List.of(anon), List.of(anon), DnsState.of(List.of()));
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void changedAddressIsAChangeAndAStalePtrIsRemoved() {
        DnsHost web = host(M1, "web01", "192.168.1.6");
        DnsState now = DnsState.of(List.of(a("web01", "192.168.1.5"), ptr("5.1.168.192.in-addr.arpa", "web01")));
        DnsPlan plan = DnsPlanner.plan(ZONES, List.of(web), List.of(web), now);
        assertThat(lines(plan)).containsExactly(
                "~ A web01.lan.example.com 192.168.1.5 -> 192.168.1.6",
                "- PTR 5.1.168.192.in-addr.arpa web01.lan.example.com",
                "+ PTR 6.1.168.192.in-addr.arpa web01.lan.example.com");
    }

    @Test
    void ttlChangeIsShown() {
        DnsHost web = host(M1, "web01", "192.168.1.5");
        DnsRecord old = new DnsRecord("web01.lan.example.com", DnsRecordType.A, "192.168.1.5", 60);
        DnsPlan plan = DnsPlanner.plan(new DnsZones("dns.unbound", "lan.example.com", List.of(), 3600), List.of(web),
                List.of(web), DnsState.of(List.of(old)));
        assertThat(lines(plan)).containsExactly("~ A web01.lan.example.com 192.168.1.5 ttl 60 -> 3600");
    }

    @Test
    void upToDateHostHasNoChanges() {
        DnsHost web = host(M1, "web01", "192.168.1.5");
        DnsState now = DnsState.of(List.of(a("web01", "192.168.1.5"), ptr("5.1.168.192.in-addr.arpa", "web01")));
        assertThat(DnsPlanner.plan(ZONES, List.of(web), List.of(web), now).changes()).isEmpty();
    }

    @Test
    void approvedHostsOutsideTheScopeAreLeftAndOrphansRemoved() {
        DnsHost web = host(M1, "web01", "192.168.1.5");
        DnsHost db = host(M2, "db01", "192.168.1.9");
        DnsState now = DnsState.of(List.of(a("db01", "192.168.1.8"), a("gone", "192.168.1.7"),
                ptr("7.1.168.192.in-addr.arpa", "gone")));
        DnsPlan plan = DnsPlanner.plan(ZONES, List.of(web), List.of(web, db), now);
        assertThat(lines(plan)).containsExactly(
                "- A gone.lan.example.com 192.168.1.7",
                "+ A web01.lan.example.com 192.168.1.5",
                "+ PTR 5.1.168.192.in-addr.arpa web01.lan.example.com",
                "- PTR 7.1.168.192.in-addr.arpa gone.lan.example.com");
    }

    @Test
    void renamedHostMovesItsRecords() {
        DnsHost web = host(M1, "web02", "192.168.1.5");
        DnsState now = DnsState.of(List.of(a("web01", "192.168.1.5"), ptr("5.1.168.192.in-addr.arpa", "web01")));
        DnsPlan plan = DnsPlanner.plan(ZONES, List.of(web), List.of(web), now);
        assertThat(lines(plan)).containsExactly(
                "- A web01.lan.example.com 192.168.1.5",
                "+ A web02.lan.example.com 192.168.1.5",
                "~ PTR 5.1.168.192.in-addr.arpa web01.lan.example.com -> web02.lan.example.com");
    }

    @Test
    void twoHostsWantingOneNameAreReportedAndNeitherWritten() {
        DnsHost one = host(M1, "web", "192.168.1.5");
        DnsHost two = host(M2, "WEB!", "192.168.1.6");
        DnsState now = DnsState.of(List.of(a("web", "192.168.1.5")));
        DnsPlan plan = DnsPlanner.plan(ZONES, List.of(one, two), List.of(one, two), now);
        assertThat(lines(plan)).as("a PTR to a name that is not written is held back with it").isEmpty();
        assertThat(plan.problems()).extracting(DnsProblem::mac).containsOnly(M1, M2);
        assertThat(plan.problems()).extracting(DnsProblem::message).anyMatch(m -> m
                .contains("web.lan.example.com is wanted by 2 hosts (00:50:56:00:00:01, 00:50:56:00:00:02)"))
                .anyMatch(m -> m.startsWith("6.1.168.192.in-addr.arpa is left as it is"));
    }

    @Test
    void sharedAddressLeavesItsPtrAlone() {
        DnsHost one = host(M1, "a", "192.168.1.5");
        DnsHost two = host(M2, "b", "192.168.1.5");
        DnsPlan plan = DnsPlanner.plan(ZONES, List.of(one, two), List.of(one, two), DnsState.of(List.of()));
        assertThat(lines(plan)).as("an address whose PTR is held back keeps its A records back too").isEmpty();
        assertThat(plan.problems()).filteredOn(p -> p.message().startsWith("PTR 5.1.168.192.in-addr.arpa")).hasSize(2);
        assertThat(plan.problems()).extracting(DnsProblem::message)
                .contains("a.lan.example.com is left as it is in dns.unbound: it shares an address or name with"
                        + " records that are not changed in this push, and forward and reverse records change together");
    }

    @Test
    void invalidNamesAndAddressesAndMissingReverseZonesAreProblems() {
        DnsHost bad = host(M1, "\u0000;`", "192.168.1.5");
        DnsHost outside = host(M2, "far", "10.0.0.1", "192.168.1.5/24");
        DnsHost look = host(M3, "\u0430dmin", "192.168.1.7");
        DnsPlan plan = DnsPlanner.plan(ZONES, List.of(bad, outside, look), List.of(bad, outside, look),
                DnsState.of(List.of()));
        assertThat(lines(plan)).containsExactly("+ A far.lan.example.com 10.0.0.1");
        assertThat(plan.problems()).extracting(DnsProblem::message).containsExactlyInAnyOrder(
                "name \"\\u0000;`\" has no letters or digits; no DNS record is written for it: set a name"
                        + " override in review",
                "\"192.168.1.5/24\" of far.lan.example.com is not a plain IPv4 or IPv6 address; not written",
                "PTR for 10.0.0.1 (far.lan.example.com) skipped: no zone of dns.unbound.reverse-zones holds"
                        + " 1.0.0.10.in-addr.arpa; add its reverse zone there",
                "name \"\u0430dmin\" has letters with no DNS form (U+0430); no DNS record is written for it: set a name"
                        + " override in review");
    }

    @Test
    void noReverseZonesMeansNoPtrAndNoComplaint() {
        DnsHost web = host(M1, "web01", "10.0.0.1");
        DnsPlan plan = DnsPlanner.plan(new DnsZones("dns.rfc2136", "lan.example.com", List.of(), 300), List.of(web),
                List.of(web), DnsState.of(List.of()));
        assertThat(lines(plan)).containsExactly("+ A web01.lan.example.com 10.0.0.1");
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void foreignNamesAreProblemsNotChanges() {
        DnsHost web = host(M1, "mail", "192.168.1.5");
        DnsState now = new DnsState(List.of(), Set.of("mail.lan.example.com"));
        DnsPlan plan = DnsPlanner.plan(ZONES, List.of(web), List.of(web), now);
        assertThat(lines(plan)).as("no PTR points at a name netbox-auto does not hold").isEmpty();
        assertThat(plan.problems()).extracting(DnsProblem::message).anyMatch(m -> m
                .startsWith("mail.lan.example.com already has records netbox-auto did not create in dns.unbound"))
                .anyMatch(m -> m.startsWith("5.1.168.192.in-addr.arpa is left as it is"));
    }

    @Test
    void aForeignReverseNameHoldsTheForwardRecordBackToo() {
        DnsHost web = host(M1, "web01", "192.168.1.5", "192.168.1.9");
        DnsState now = new DnsState(List.of(), Set.of("5.1.168.192.in-addr.arpa"));
        DnsPlan plan = DnsPlanner.plan(ZONES, List.of(web), List.of(web), now);
        assertThat(lines(plan)).isEmpty();
        assertThat(plan.problems()).extracting(DnsProblem::message).anyMatch(m -> m
                .startsWith("5.1.168.192.in-addr.arpa already has records"));
    }

    @Test
    void aRenameToAForeignNameKeepsTheOldForwardAndReversePair() {
        DnsHost web = host(M1, "mail", "192.168.1.5");
        DnsState now = new DnsState(List.of(a("web01", "192.168.1.5"), ptr("5.1.168.192.in-addr.arpa", "web01")),
                Set.of("mail.lan.example.com"));
        DnsPlan plan = DnsPlanner.plan(ZONES, List.of(web), List.of(web), now);
        assertThat(lines(plan)).as("web01's A stays while its PTR does").isEmpty();
    }

    @Test
    void aHostHeldBackGetsNoChangeAndThePlanSaysWhy() {
        DnsHost web = host(M1, "web01", "192.168.1.6");
        DnsHost db = host(M2, "db01", "192.168.1.7");
        DnsState now = DnsState.of(List.of(a("web01", "192.168.1.5"), ptr("5.1.168.192.in-addr.arpa", "web01")));
        DnsPlan plan = DnsPlanner.plan(ZONES, List.of(web, db), List.of(web, db), now,
                java.util.Map.of(M1, "NetBox does not take this host: it matches two devices"));
        assertThat(lines(plan)).containsExactly("+ A db01.lan.example.com 192.168.1.7",
                "+ PTR 7.1.168.192.in-addr.arpa db01.lan.example.com");
        assertThat(plan.problems()).extracting(DnsProblem::message).containsExactly("no DNS change in dns.unbound for"
                + " 6.1.168.192.in-addr.arpa, web01.lan.example.com: NetBox does not take this host: it matches two"
                + " devices");
        assertThat(plan.names()).containsEntry(M2, Set.of("db01.lan.example.com", "7.1.168.192.in-addr.arpa"));
    }

    @Test
    void sameHostTwiceIsOneHost() {
        DnsHost web = host(M1, "web01", "192.168.1.5", "192.168.1.5");
        DnsPlan plan = DnsPlanner.plan(ZONES, List.of(web), List.of(web), DnsState.of(List.of()));
        assertThat(plan.changes()).hasSize(2);
        assertThat(plan.problems()).isEmpty();
    }
}
