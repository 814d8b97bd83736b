package org.netboxauto.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.HostFilter;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.ActionVerb;
import org.netboxauto.core.push.OrphanProposal;
import org.netboxauto.netbox.ReadProgress;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.service.OrphanChoice;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;

/**
 * Orphans against the NetBox fake: hosts last seen 2, 10 and 40 days ago give no proposal, offline and
 * removal; nothing is written unless picked; picked, exactly the proposed objects change; an object
 * without netbox-auto's tag is never proposed.
 */
class OrphanPushTest {

    @TempDir
    Path dir;

    @Test
    void proposalsFollowTheAgeOfTheLastSightingAndOnlyTaggedObjects() {
        try (PushLab lab = new PushLab(NetBoxMode.V4_6, dir, PushLab.DEFAULTS)) {
            OrphanLab.seed(lab);

            PushPreview preview = preview(lab, OrphanChoice.NONE);

            assertThat(preview.orphans()).extracting(OrphanProposal::name, OrphanProposal::step).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("stale-2", OrphanProposal.Step.OFFLINE),
                    org.assertj.core.groups.Tuple.tuple("vm-4", OrphanProposal.Step.OFFLINE),
                    org.assertj.core.groups.Tuple.tuple("ancient-3", OrphanProposal.Step.REMOVE));
            assertThat(preview.orphans()).extracting(o -> o.gone().toDays()).containsExactly(10L, 10L, 40L);
            assertThat(preview.orphans()).noneMatch(preview::applies);
            assertThat(preview.plan().actions()).noneMatch(a -> a.verb() == ActionVerb.DELETE
                    || a.after().containsKey("status"));
        }
    }

    @Test
    void withoutPickingNothingOfTheOrphansIsWritten() {
        try (PushLab lab = new PushLab(NetBoxMode.V4_6, dir, PushLab.DEFAULTS)) {
            OrphanLab.seed(lab);
            Map<String, String> before = OrphanLab.machines(lab.nb);
            int requests = lab.nb.requests().size();

            PushReport report = lab.apply(preview(lab, OrphanChoice.NONE));

            assertThat(report.failed()).isFalse();
            assertThat(OrphanLab.machines(lab.nb)).isEqualTo(before);
            assertThat(lab.nb.requests().subList(requests, lab.nb.requests().size()))
                    .noneMatch(r -> r.startsWith("DELETE"));
        }
    }

    @Test
    void applyingTheProposalsChangesExactlyTheProposedObjectsInAnOrderNetBoxTakes() {
        try (PushLab lab = new PushLab(NetBoxMode.V4_6, dir, PushLab.DEFAULTS)) {
            OrphanLab.seed(lab);
            Map<String, String> before = OrphanLab.machines(lab.nb);
            JsonNode ancient = PushServiceTest.device(lab.nb, "ancient-3");
            long ancientIp = ancient.path("primary_ip4").path("id").asLong();
            long cable = lab.nb.rows("dcim.interface").stream()
                    .filter(i -> i.path("device").asLong() == ancient.get("id").asLong())
                    .findFirst().orElseThrow().path("cable").asLong();
            assertThat(cable).isPositive();

            PushPreview preview = preview(lab, OrphanChoice.ALL);
            assertThat(preview.orphans()).allMatch(preview::applies);
            assertThat(preview.plan().removable()).as("an orphan is listed once, as an orphan")
                    .extracting(r -> r.name()).doesNotContain("ancient-3", "stale-2", "vm-4");
            PushReport report = lab.apply(preview);

            assertThat(report.outcomes()).allMatch(o -> o.state() == ActionOutcome.State.OK,
                    report.outcomes().toString());
            Map<String, String> expected = new HashMap<>(before);
            expected.remove("dcim.device:ancient-3");
            expected.computeIfPresent("dcim.device:stale-2", (k, v) -> v.replaceFirst("^active", "offline"));
            expected.computeIfPresent("virtualization.virtualmachine:vm-4", (k, v) -> v.replaceFirst("^active",
                    "offline"));
            assertThat(OrphanLab.machines(lab.nb)).isEqualTo(expected);
            assertThat(lab.nb.rows("ipam.ipaddress")).noneMatch(ip -> ip.get("id").asLong() == ancientIp);
            assertThat(lab.nb.rows("dcim.macaddress")).noneMatch(m -> m.path("mac_address").asText()
                    .equalsIgnoreCase(OrphanLab.ANCIENT.toString()));
            assertThat(lab.nb.rows("dcim.cable")).noneMatch(c -> c.get("id").asLong() == cable);
            assertThat(lab.nb.rows("dcim.interface")).filteredOn(i -> i.path("name").asText().equals("ge-0/0/5"))
                    .allMatch(i -> i.path("cable").isNull() || i.path("cable").isMissingNode());
            assertThat(lab.nb.schemaViolations()).isEmpty();

            PushPreview again = preview(lab, OrphanChoice.ALL);
            assertThat(again.orphans()).as("offline already, and not gone 30 days").isEmpty();
            assertThat(again.plan().actions()).as("the removed one is not created again, the VM stays offline")
                    .noneMatch(a -> a.label().contains("ancient-3") || a.label().contains("vm-4")
                            || a.label().contains("stale-2"));
            try (var store = lab.stores().open(lab.config().store())) {
                assertThat(store.reviews()).doesNotContainKey(OrphanLab.ANCIENT).containsKey(OrphanLab.STALE);
            }
        }
    }

    @Test
    void onlyTheTickedOrphanIsApplied() {
        try (PushLab lab = new PushLab(NetBoxMode.V4_6, dir, PushLab.DEFAULTS)) {
            OrphanLab.seed(lab);
            Map<String, String> before = OrphanLab.machines(lab.nb);
            OrphanProposal stale = preview(lab, OrphanChoice.NONE).orphans().stream()
                    .filter(o -> o.name().equals("stale-2")).findFirst().orElseThrow();

            PushPreview preview = preview(lab, OrphanChoice.of(Set.of(stale.ref())));
            lab.apply(preview);

            Map<String, String> expected = new HashMap<>(before);
            expected.computeIfPresent("dcim.device:stale-2", (k, v) -> v.replaceFirst("^active", "offline"));
            assertThat(OrphanLab.machines(lab.nb)).isEqualTo(expected);
        }
    }

    private static PushPreview preview(PushLab lab, OrphanChoice choice) {
        return lab.push.preview(lab.config(), HostFilter.ALL, Set.of(), Set.of(), choice, ReadProgress.NONE);
    }
}
