package org.netboxauto.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;

/**
 * NetBox failing at each write in turn, one action per request: the push stops only what depends
 * on the failed action, and a re-run converges to the same NetBox as an uninterrupted push, with no
 * duplicate object.
 */
class PushInterruptionTest {

    @TempDir
    Path dir;

    @Test
    void aFailureAtAnyActionThenAReRunConvergesWithoutDuplicates() {
        for (NetBoxMode mode : List.of(NetBoxMode.V4_6, NetBoxMode.V4_1)) {
            List<String> reference;
            int writes;
            try (PushLab lab = lab(mode, "ref-" + mode)) {
                PushReport report = lab.pushAll();
                assertThat(report.failed()).as(report.outcomes().toString()).isFalse();
                reference = PushStates.of(lab.nb);
                writes = (int) lab.nb.writes();
            }
            assertThat(reference).doesNotHaveDuplicates();
            for (int k = 0; k < writes; k++) {
                try (PushLab lab = lab(mode, mode + "-" + k)) {
                    lab.nb.failWrite(k, 500);
                    PushPreview first = lab.preview();
                    PushReport broken = lab.apply(first);
                    assertThat(broken.count(ActionOutcome.State.FAILED)).as("write %d of %s", k, mode).isEqualTo(1);
                    assertThat(broken.outcomes().stream().filter(o -> o.state() == ActionOutcome.State.FAILED)
                            .findFirst().orElseThrow().message().orElseThrow()).contains("500");
                    assertThat(lab.push.lastPush(lab.config()).orElseThrow().failed()).isEqualTo(1);

                    PushReport again = lab.pushAll();
                    assertThat(again.failed()).as("re-run after write %d of %s: %s", k, mode, again.outcomes()).isFalse();
                    assertThat(PushStates.of(lab.nb)).as("after write %d failed in %s", k, mode)
                            .containsExactlyElementsOf(reference);
                    assertThat(lab.preview().plan().writes()).isZero();
                }
            }
        }
    }

    private PushLab lab(NetBoxMode mode, String name) {
        PushLab lab = new PushLab(mode, dir.resolve(name), PushLab.DEFAULTS, 1);
        FakeSeed.small(lab.nb);
        return lab.approved(PushServiceTest.hosts());
    }
}
