package org.netboxauto.core.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Review;
import org.netboxauto.core.ReviewState;
import org.netboxauto.core.compare.Hosts;

/** A host's kind reaches NetBox as its role; a kind without a role says it gets the default one. */
class KindRolePlanTest {

    private static PushSettings settings(boolean createMissing) {
        Map<String, PushSettings.KindMapping> kinds = Map.of(
                "server", new PushSettings.KindMapping(Optional.of("server"), Optional.empty(), Optional.empty()),
                "printer", new PushSettings.KindMapping(Optional.of("printer"), Optional.empty(), Optional.empty()),
                "phone", new PushSettings.KindMapping(Optional.empty(), Optional.empty(), Optional.empty()));
        return new PushSettings("netbox-auto", createMissing, new PushSettings.Defaults(Optional.of("hq"),
                Optional.of("server"), Optional.of("generic"), Optional.empty(), Optional.empty(), 24), kinds, Map.of(),
                PushSettings.Scope.ALL);
    }

    private static PushHost classified(int n, String kind) {
        MacAddress mac = MacAddress.of("02:00:00:00:01:0" + n);
        Host host = Hosts.host(List.of(mac), "h" + n, null, Map.of(), Set.of(), "10.0.0." + (n + 10));
        return new PushHost(host, new Review(mac, ReviewState.APPROVED, Optional.of(kind), Instant.EPOCH));
    }

    private static PushInventory inventory() {
        return PushPlannerTest.inventory(true, List.of(), List.of(), List.of(), Map.of());
    }

    @Test
    void aKindsRoleIsCreatedOnceWhenCreateMissingAndTheHostsOfThatKindGetIt() {
        PushPlan plan = PushPlanner.plan(List.of(classified(1, "printer"), classified(2, "printer"),
                classified(3, "server")), inventory(), settings(true), Set.of());

        assertThat(plan.actions()).filteredOn(a -> a.type() == NbType.ROLE).singleElement()
                .satisfies(a -> assertThat(a.after()).containsEntry("name", "printer").containsEntry("slug", "printer"));
        ObjectRef printer = new ObjectRef.Planned("role:printer");
        assertThat(plan.actions()).filteredOn(a -> a.type() == NbType.DEVICE && a.verb() == ActionVerb.CREATE).extracting(a -> a.after().get("role"))
                .containsExactly(printer, printer, new ObjectRef.Existing(NbType.ROLE, 2));
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void withoutCreateMissingAMissingKindRoleNamesTheKindAndHoldsItsHostsBack() {
        PushPlan plan = PushPlanner.plan(List.of(classified(1, "printer"), classified(3, "server")), inventory(),
                settings(false), Set.of());

        assertThat(plan.problems()).anySatisfy(p -> {
            assertThat(p.subject()).isEqualTo("the role of kind printer (review.kinds)");
            assertThat(p.message()).contains("\"printer\"", "netbox.create-missing = true");
            assertThat(p.blocking()).isTrue();
        });
        assertThat(plan.actions()).extracting(PushAction::summary).contains("create device h3")
                .doesNotContain("create device h1");
    }

    @Test
    void aKindWithoutARoleIsWarnedOnceAndGetsTheDefaultRole() {
        PushPlan plan = PushPlanner.plan(List.of(classified(1, "phone"), classified(2, "phone")), inventory(),
                settings(false), Set.of());

        assertThat(plan.problems()).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith("review.kinds: kind phone has no NetBox role; it will get"
                    + " netbox.defaults.role = server");
            assertThat(p.blocking()).isFalse();
        });
        assertThat(plan.actions()).filteredOn(a -> a.type() == NbType.DEVICE && a.verb() == ActionVerb.CREATE).hasSize(2)
                .allSatisfy(a -> assertThat(a.after()).containsEntry("role", new ObjectRef.Existing(NbType.ROLE, 2)));
    }
}
