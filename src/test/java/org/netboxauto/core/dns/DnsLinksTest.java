package org.netboxauto.core.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DnsLinksTest {

    private static DnsRecord a(String label, String ip) {
        return new DnsRecord(label + ".lan.example.com", DnsRecordType.A, ip, 600);
    }

    private static DnsRecord ptr(String last, String label) {
        return new DnsRecord(last + ".1.168.192.in-addr.arpa", DnsRecordType.PTR, label + ".lan.example.com", 600);
    }

    @Test
    void namesAreJoinedThroughAddressesAndPointersTransitively() {
        List<DnsRecord> records = List.of(a("web", "192.168.1.5"), ptr("5", "old"), a("old", "192.168.1.9"),
                a("far", "192.168.1.7"));
        assertThat(DnsLinks.closure(Set.of("web.lan.example.com"), records)).containsExactlyInAnyOrder(
                "web.lan.example.com", "5.1.168.192.in-addr.arpa", "old.lan.example.com", "9.1.168.192.in-addr.arpa");
    }

    @Test
    void aHeldHostKeepsBackTheChangesOfAnotherHostThatTakesItsAddress() {
        // web moves from .5 to .6 and db takes .5 in the same push; web is held back
        List<DnsChange> changes = List.of(DnsChange.change(a("web", "192.168.1.5"), a("web", "192.168.1.6")),
                DnsChange.change(ptr("5", "web"), ptr("5", "db")), DnsChange.add(ptr("6", "web")),
                DnsChange.add(a("db", "192.168.1.5")), DnsChange.add(a("mail", "192.168.1.25")),
                DnsChange.add(ptr("25", "mail")));
        assertThat(DnsLinks.without(changes, Set.of("web.lan.example.com", "6.1.168.192.in-addr.arpa")))
                .extracting(DnsChange::line).containsExactly("+ A mail.lan.example.com 192.168.1.25",
                        "+ PTR 25.1.168.192.in-addr.arpa mail.lan.example.com");
    }
}
