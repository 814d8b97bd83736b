package org.netboxauto.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.Correlator;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostChange;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.SourceKind;
import org.netboxauto.core.location.PortLocator;

/** Days of runs over one switch: a newcomer on a port is told only where one host sat alone for weeks. */
class StablePortNewcomersTest {

    private static final Instant DAY0 = Instant.parse("2026-11-01T08:00:00Z");
    private static final Duration TWO_WEEKS = Duration.ofDays(14);
    private static final String PRINTER = "00:1b:a9:00:00:05";
    private static final String DESK = "00:1b:a9:00:00:06";
    private static final String ROAMER = "00:1b:a9:00:00:07";
    private static final String LAPTOP = "3c:22:fb:00:00:10";

    private final Correlator correlator = new Correlator(List.of(SourceKind.ROUTEROS));
    private final List<PortMove> moves = new ArrayList<>();
    private List<Host> hosts = List.of();

    @Test
    void aNewMacOnAPortOneHostHeldForTwoWeeksIsToldOnceWithTheHostItJoined() {
        run(0, Map.of(PRINTER, "ether5", DESK, "ether6", ROAMER, "ether9"));
        for (int day = 1; day <= 9; day++) {
            run(day, Map.of(PRINTER, "ether5", DESK, "ether6", ROAMER, "ether9"));
        }
        // the roamer moves onto the desk's port on day 10: that port is no longer one host's for two weeks
        run(10, Map.of(PRINTER, "ether5", DESK, "ether6", ROAMER, "ether6"));
        assertThat(events(run(11, Map.of(PRINTER, "ether5", DESK, "ether6", ROAMER, "ether6", LAPTOP, "ether5"))))
                .as("day 11: the printer's port is 11 days old").isEmpty();

        // the same laptop elsewhere, and back on ether5 on day 20, when the printer has had it alone for 20 days
        resetTo(List.of());
        for (int day = 0; day <= 19; day++) {
            run(day, Map.of(PRINTER, "ether5", DESK, "ether6", ROAMER, day < 10 ? "ether9" : "ether6"));
        }
        List<AlertEvent> day20 = events(run(20, Map.of(PRINTER, "ether5", DESK, "ether6", ROAMER, "ether6",
                LAPTOP, "ether5")));
        assertThat(day20).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(AlertKind.NEW_MAC_ON_STABLE_PORT);
            assertThat(e.mac()).contains(MacAddress.of(LAPTOP));
            assertThat(e.summary()).isEqualTo("new MAC " + LAPTOP + " (laptop) on sw1 ether5 vlan 10, where only"
                    + " printer (" + PRINTER + ") was seen for at least 14 days");
            assertThat(e.details()).containsEntry("previousMac", PRINTER).containsEntry("port", "sw1 ether5 vlan 10");
        });
        assertThat(events(run(21, Map.of(PRINTER, "ether5", DESK, "ether6", ROAMER, "ether6", LAPTOP, "ether5"))))
                .as("the next day the port has two hosts; the laptop is not new there").isEmpty();
    }

    @Test
    void aReplacedDeviceIsToldAndAPortWithSeveralHostsIsNot() {
        for (int day = 0; day <= 15; day++) {
            run(day, Map.of(PRINTER, "ether5", DESK, "ether6", ROAMER, "ether6"));
        }
        // the printer is unplugged and the laptop takes its port; another newcomer joins the shared port
        List<AlertEvent> events = events(run(16, Map.of(LAPTOP, "ether5", DESK, "ether6", ROAMER, "ether6",
                "3c:22:fb:00:00:11", "ether6")));
        assertThat(events).extracting(AlertEvent::key)
                .containsExactly("stable-port:sw1 ether5 vlan 10:" + PRINTER + ":" + LAPTOP);
    }

    private void resetTo(List<Host> start) {
        hosts = start;
        moves.clear();
    }

    private List<AlertEvent> events(Run r) {
        return StablePortNewcomers.of(r.at(), r.result(), hosts, moves, TWO_WEEKS);
    }

    private record Run(Instant at, CorrelationResult result) {
    }

    private Run run(int day, Map<String, String> ports) {
        Instant at = DAY0.plus(Duration.ofDays(day));
        List<Observation> seen = new ArrayList<>();
        ports.forEach((mac, port) -> {
            String name = switch (mac) {
                case PRINTER -> "printer";
                case DESK -> "desk";
                case ROAMER -> "roamer";
                case LAPTOP -> "laptop";
                default -> "guest";
            };
            seen.add(new Observation("routeros:core", at, MacAddress.of(mac), List.of(), Optional.of(name),
                    Optional.empty(), Map.of(Evidence.TABLE, "dhcp-leases")));
            seen.add(new Observation("routeros:core", at, MacAddress.of(mac), List.of(), Optional.empty(),
                    Optional.empty(), Map.of(Evidence.TABLE, "bridge-hosts", Evidence.SWITCH, "sw1",
                            Evidence.PORT, port, Evidence.VLAN, "10")));
        });
        CorrelationResult result = correlator.correlate(new PortLocator(10).locate(seen), hosts,
                Set.of("routeros:core"));
        for (HostChange c : result.changes()) {
            c.fields().stream().filter(f -> f.field().equals("port"))
                    .forEach(f -> moves.add(new PortMove(c.mac(), at, f.before(), f.after())));
        }
        // the store after the run: what it held, with the run's hosts written over it
        java.util.Map<MacAddress, Host> after = new java.util.TreeMap<>();
        hosts.forEach(h -> after.put(h.mac(), h));
        result.updated().forEach(h -> after.put(h.mac(), h));
        result.removed().forEach(after::remove);
        Run r = new Run(at, result);
        hosts = List.copyOf(after.values());
        return r;
    }
}
