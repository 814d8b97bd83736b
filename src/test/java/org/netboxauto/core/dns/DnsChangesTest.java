package org.netboxauto.core.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DnsChangesTest {

    private static final DnsRecord A5 = new DnsRecord("web.lan", DnsRecordType.A, "192.168.1.5", 3600);
    private static final DnsRecord A6 = new DnsRecord("web.lan", DnsRecordType.A, "192.168.1.6", 3600);
    private static final DnsRecord A5_SHORT = new DnsRecord("web.lan", DnsRecordType.A, "192.168.1.5", 60);

    @Test
    void appliesAsPreviewed() {
        DnsChanges.Outcome out = DnsChanges.apply(List.of(A5), List.of(DnsChange.change(A5, A6)));
        assertThat(out.conflicts()).isEmpty();
        assertThat(out.records()).containsExactly(A6);
        assertThat(out.pending()).hasSize(1);
    }

    @Test
    void changesAlreadyInPlaceAreSkipped() {
        DnsChanges.Outcome out = DnsChanges.apply(List.of(A6),
                List.of(DnsChange.change(A5, A6), DnsChange.add(A6), DnsChange.remove(A5)));
        assertThat(out.conflicts()).isEmpty();
        assertThat(out.pending()).isEmpty();
        assertThat(out.records()).containsExactly(A6);
    }

    @Test
    void somethingElseThereIsAConflict() {
        DnsRecord a7 = new DnsRecord("web.lan", DnsRecordType.A, "192.168.1.7", 3600);
        assertThat(DnsChanges.apply(List.of(a7), List.of(DnsChange.change(A5, A6))).conflicts())
                .containsExactly("~ A web.lan 192.168.1.5 -> 192.168.1.6: A web.lan 192.168.1.5 is no longer there");
        assertThat(DnsChanges.apply(List.of(A5_SHORT), List.of(DnsChange.add(A5))).conflicts()).hasSize(1);
        assertThat(DnsChanges.apply(List.of(A5_SHORT), List.of(DnsChange.remove(A5))).conflicts()).hasSize(1);
    }
}
