package org.netboxauto.core.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.compare.Hosts;

/** The plan by host, and a failed push told by its causes. */
class PlanGroupsTest {

    private static PushPlan plan() {
        PushSettings settings = new PushSettings("netbox-auto", true, new PushSettings.Defaults(Optional.of("hq"),
                Optional.of("server"), Optional.of("generic"), Optional.empty(), Optional.empty(), 24), Map.of(),
                Map.of(), PushSettings.Scope.ALL);
        PushInventory empty = new PushInventory(true, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of(), Map.of());
        return PushPlanner.plan(List.of(PushPlannerTest.approved(Hosts.host("02:00:00:00:00:01", "a", "10.0.0.1")),
                PushPlannerTest.approved(Hosts.host("02:00:00:00:00:02", "b", "10.0.0.2"))), empty, settings, Set.of());
    }

    @Test
    void sharedActionsComeFirstThenEachHostUnderItsNameWithAllItsActions() {
        PushPlan plan = plan();
        List<PlanGroups.Group> groups = PlanGroups.byHost(plan);

        assertThat(groups).extracting(PlanGroups.Group::title).containsExactly(PlanGroups.SHARED,
                "device a (new) · 02:00:00:00:00:01", "device b (new) · 02:00:00:00:00:02");
        assertThat(groups.get(0).actions()).extracting(PushAction::summary).contains("create tag netbox-auto",
                "create device role server", "create site hq");
        assertThat(groups.get(1).actions()).extracting(PushAction::summary).containsExactly("create device a",
                "create interface a eth0", "create MAC 02:00:00:00:00:01 on a eth0", "update primary MAC of a eth0",
                "create IP 10.0.0.1/24 on a eth0", "update primary IPv4 of a");
        assertThat(PlanGroups.ordered(plan)).containsExactlyInAnyOrderElementsOf(plan.actions());
    }

    @Test
    void everySkipIsCountedUnderTheFailureThatCausedItOnce() {
        PushPlan plan = plan();
        List<ActionOutcome> outcomes = new ArrayList<>();
        for (PushAction a : plan.actions()) {
            ActionOutcome o = switch (a.key()) {
                case "tag:netbox-auto" -> ActionOutcome.failed(a.key(), "POST …: 405 Method Not Allowed");
                case "site:hq", "role:server", "manufacturer:generic", "device_type:generic" ->
                        ActionOutcome.ok(a.key(), Optional.of(1L));
                default -> ActionOutcome.skipped(a.key(), "not sent");
            };
            outcomes.add(o);
        }

        List<FailureCauses.Cause> causes = FailureCauses.of(plan.actions(), outcomes);

        assertThat(causes).singleElement().satisfies(c -> {
            assertThat(c.failed().summary()).isEqualTo("create tag netbox-auto");
            assertThat(c.skipped()).hasSize((int) outcomes.stream()
                    .filter(o -> o.state() == ActionOutcome.State.SKIPPED).count()).hasSize(12);
        });
        assertThat(plan.titles()).containsKey(MacAddress.of("02:00:00:00:00:01"));
    }
}
