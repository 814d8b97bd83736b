package org.netboxauto.core.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.MacAddress;

class OrphanFinderTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    private static final OrphanRules RULES = new OrphanRules(Duration.ofDays(7), Duration.ofDays(30));

    @Test
    void theAgeDecidesAtTheBoundariesAndNothingIsProposedWithoutTheTag() {
        PushInventory inventory = inventory(
                machine(1, "six-days", "active", Set.of("netbox-auto"), Optional.empty(), "02:00:00:00:00:01"),
                machine(2, "seven-days", "active", Set.of("netbox-auto"), Optional.empty(), "02:00:00:00:00:02"),
                machine(3, "thirty-days", "offline", Set.of("netbox-auto"), Optional.empty(), "02:00:00:00:00:03"),
                machine(4, "untagged", "active", Set.of("other"), Optional.empty(), "02:00:00:00:00:04"),
                machine(5, "already-offline", "offline", Set.of("netbox-auto"), Optional.empty(), "02:00:00:00:00:05"));
        Map<MacAddress, Instant> seen = Map.of(
                MacAddress.of("02:00:00:00:00:01"), NOW.minus(Duration.ofDays(7)).plusSeconds(1),
                MacAddress.of("02:00:00:00:00:02"), NOW.minus(Duration.ofDays(7)),
                MacAddress.of("02:00:00:00:00:03"), NOW.minus(Duration.ofDays(30)),
                MacAddress.of("02:00:00:00:00:04"), NOW.minus(Duration.ofDays(400)),
                MacAddress.of("02:00:00:00:00:05"), NOW.minus(Duration.ofDays(12)));

        List<OrphanProposal> proposals = OrphanFinder.propose(inventory, "NetBox-Auto", seen, NOW, RULES);

        assertThat(proposals).extracting(OrphanProposal::name, OrphanProposal::step).containsExactly(
                org.assertj.core.groups.Tuple.tuple("seven-days", OrphanProposal.Step.OFFLINE),
                org.assertj.core.groups.Tuple.tuple("thirty-days", OrphanProposal.Step.REMOVE));
        assertThat(OrphanFinder.keptOffline(inventory, "netbox-auto", seen, NOW, RULES)).containsExactlyInAnyOrder(
                MacAddress.of("02:00:00:00:00:03"), MacAddress.of("02:00:00:00:00:05"));
    }

    @Test
    void withNoHostInTheStoreTheLastSeenFieldGivesTheAgeAndADateCountsToItsEnd() {
        PushInventory inventory = inventory(
                machine(1, "field-time", "active", Set.of("netbox-auto"), Optional.of("2026-05-01T08:00:00Z"),
                        "02:00:00:00:00:01"),
                machine(2, "field-date", "active", Set.of("netbox-auto"), Optional.of("2026-06-22"),
                        "02:00:00:00:00:02"),
                machine(3, "field-date-edge", "active", Set.of("netbox-auto"), Optional.of("2026-06-23"),
                        "02:00:00:00:00:03"),
                machine(4, "no-age", "active", Set.of("netbox-auto"), Optional.empty(), "02:00:00:00:00:04"),
                machine(5, "unreadable", "active", Set.of("netbox-auto"), Optional.of("last week"),
                        "02:00:00:00:00:05"));

        List<OrphanProposal> proposals = OrphanFinder.propose(inventory, "netbox-auto", Map.of(), NOW, RULES);

        assertThat(proposals).extracting(OrphanProposal::name, OrphanProposal::step).containsExactly(
                org.assertj.core.groups.Tuple.tuple("field-date", OrphanProposal.Step.OFFLINE),
                org.assertj.core.groups.Tuple.tuple("field-time", OrphanProposal.Step.REMOVE));
        assertThat(proposals.getFirst().lastSeen()).isEqualTo(Instant.parse("2026-06-23T00:00:00Z"));
    }

    @Test
    void noTagInNetBoxMeansNoProposal() {
        PushInventory inventory = new PushInventory(true, Map.of(), List.of(machine(1, "x", "active",
                Set.of("netbox-auto"), Optional.empty(), "02:00:00:00:00:01")), List.of(), List.of(), List.of(),
                List.of(), Map.of(), Map.of());

        assertThat(OrphanFinder.propose(inventory, "netbox-auto", Map.of(MacAddress.of("02:00:00:00:00:01"),
                NOW.minus(Duration.ofDays(90))), NOW, RULES)).isEmpty();
    }

    private static PushInventory inventory(PushInventory.Machine... machines) {
        return new PushInventory(true, Map.of(NbType.TAG, List.of(new PushInventory.Named(1, "netbox-auto",
                "netbox-auto"))), List.of(machines), List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of());
    }

    private static PushInventory.Machine machine(long id, String name, String status, Set<String> tags,
                                                 Optional<String> lastSeen, String mac) {
        PushInventory.Interface itf = new PushInventory.Interface(id * 10, "eth0",
                List.of(new PushInventory.Mac(id * 100, MacAddress.of(mac),
                        Optional.of(new ObjectRef.Existing(NbType.INTERFACE, id * 10)))),
                Optional.empty(), Optional.empty(), Optional.empty());
        return new PushInventory.Machine(NbType.DEVICE, id, name, Optional.of(1L), status, Optional.empty(), tags,
                lastSeen, List.of(itf), "https://netbox.example/dcim/devices/" + id + "/");
    }
}
