package org.netboxauto.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.Correlator;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.SourceKind;
import org.netboxauto.core.CorrelationResult;

class AlertEventsTest {

    private static final Instant T1 = Instant.parse("2026-12-01T10:00:00Z");
    private final Correlator correlator = new Correlator(List.of(SourceKind.ROUTEROS));

    private static Observation lease(String mac, String ip, String name, Instant at) {
        return new Observation("routeros:core", at, MacAddress.of(mac), List.of(ip), Optional.of(name),
                Optional.empty(), Map.of(Evidence.TABLE, "dhcp-leases"));
    }

    @Test
    void aRunTellsNewHostsRandomisedMacsIpAndNameChangesAndDuplicateIps() {
        CorrelationResult first = correlator.correlate(List.of(lease("bc:24:11:00:00:01", "10.0.0.5", "nas", T1),
                lease("da:a1:19:00:00:02", "10.0.0.6", "phone", T1)), List.of(), Set.of("routeros:core"));
        List<AlertEvent> created = AlertEvents.of(1, T1, first, List.of(), Duration.ofDays(1));
        assertThat(created).extracting(AlertEvent::kind)
                .containsExactlyInAnyOrder(AlertKind.NEW, AlertKind.NEW, AlertKind.RANDOMISED_MAC);
        assertThat(created).filteredOn(e -> e.kind() == AlertKind.NEW).extracting(AlertEvent::summary)
                .contains("new host nas 10.0.0.5 (bc:24:11:00:00:01)");

        Instant t2 = T1.plusSeconds(3600);
        CorrelationResult second = correlator.correlate(List.of(lease("bc:24:11:00:00:01", "10.0.0.6", "nas2", t2),
                lease("da:a1:19:00:00:02", "10.0.0.6", "phone", t2)), first.updated(), Set.of("routeros:core"));
        List<AlertEvent> changed = AlertEvents.of(2, t2, second, first.updated(), Duration.ofDays(1));
        assertThat(changed).extracting(AlertEvent::kind).containsExactlyInAnyOrder(AlertKind.IP_CHANGED,
                AlertKind.NAME_CHANGED, AlertKind.DUPLICATE_IP);
        assertThat(changed).filteredOn(e -> e.kind() == AlertKind.DUPLICATE_IP).singleElement()
                .satisfies(e -> assertThat(e.summary())
                        .isEqualTo("IP 10.0.0.6 is claimed by bc:24:11:00:00:01 and da:a1:19:00:00:02"));
        // the duplicate holds at the next run too: same key, so a channel gets it once
        List<AlertEvent> again = AlertEvents.of(3, t2.plusSeconds(60), correlator.correlate(List.of(),
                second.updated(), Set.of()), second.updated(), Duration.ofDays(1));
        assertThat(again).extracting(AlertEvent::key).containsExactly(changed.stream()
                .filter(e -> e.kind() == AlertKind.DUPLICATE_IP).findFirst().orElseThrow().key());
    }

    @Test
    void goneIsToldOnlyAfterGoneAfterAndFiltersPickEvents() {
        CorrelationResult first = correlator.correlate(List.of(lease("bc:24:11:00:00:01", "10.0.0.5", "nas", T1)),
                List.of(), Set.of("routeros:core"));
        CorrelationResult missed = correlator.correlate(List.of(), first.updated(), Set.of("routeros:core"));
        Instant soon = T1.plus(Duration.ofHours(2));
        assertThat(AlertEvents.of(2, soon, missed, first.updated(), Duration.ofDays(1)))
                .noneMatch(e -> e.kind() == AlertKind.GONE);
        List<Host> hosts = missed.updated();
        Instant later = T1.plus(Duration.ofDays(1));
        List<AlertEvent> gone = AlertEvents.of(9, later, correlator.correlate(List.of(), hosts, Set.of()), hosts,
                Duration.ofDays(1));
        assertThat(gone).extracting(AlertEvent::kind).containsExactly(AlertKind.GONE);

        AlertFilter onlyNewIn10 = new AlertFilter(EnumSet.of(AlertKind.GONE), List.of(Cidr.parse("10.0.0.0/24")),
                List.of("core"));
        assertThat(onlyNewIn10.matches(gone.getFirst())).isTrue();
        assertThat(new AlertFilter(EnumSet.of(AlertKind.NEW), List.of(), List.of()).matches(gone.getFirst())).isFalse();
        assertThat(new AlertFilter(Set.of(), List.of(Cidr.parse("192.168.0.0/16")), List.of())
                .matches(gone.getFirst())).isFalse();
    }
}
