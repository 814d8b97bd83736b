package org.netboxauto.ui.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.push.ActionOutcome.State;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.ui.TempDirShellServices;

/** The push wizard's state without the toolkit: the real services, store and NetBox fake, run in the calling thread. */
class PushViewModelTest {

    private FakeNetBox nb;

    @TempDir
    Path dir;

    @BeforeEach
    void netbox() {
        nb = FakeNetBox.start(NetBoxMode.V4_6);
        FakeSeed.small(nb);
    }

    @AfterEach
    void close() {
        nb.close();
    }

    @Test
    void aCancelledPushLeavesTheRestNotSentAndTheNextPreviewSaysItPicksUpWhatItLeft() throws Exception {
        TempDirShellServices services = new TempDirShellServices(dir).withConfigFile("netbox { url = \"" + nb.url()
                + "\", token = ${?NETBOX_TOKEN} }\nnetbox.defaults { site = hq, role = server, device-type = server }\n")
                .withHosts(4, 4, 0);
        AtomicReference<PushViewModel> model = new AtomicReference<>();
        // the first hand-over of an outcome cancels: the push stops after the group that was under way
        Executor fx = task -> {
            task.run();
            PushViewModel m = model.get();
            if (m.stepProperty().get() == PushStep.APPLY && m.runningProperty().get()
                    && m.actions().stream().anyMatch(r -> r.state() != State.PLANNED)) {
                m.cancel();
            }
        };
        Executor direct = Runnable::run;
        model.set(new PushViewModel(services, services, services, direct, direct, fx, ZoneOffset.UTC));
        PushViewModel m = model.get();

        m.loadScope();
        assertThat(m.scope().approvedProperty().get()).isEqualTo(4);
        assertThat(m.scope().noticeProperty().get()).isEmpty();
        m.scope().subnetProperty().set("10.0.0.0/33");
        assertThat(m.scope().errorProperty().get()).startsWith("Subnet \"10.0.0.0/33\": ")
                .endsWith("write it as CIDR, e.g. 10.0.0.0/24");
        m.preview();
        assertThat(m.stepProperty().get()).isEqualTo(PushStep.SCOPE);
        assertThat(m.errorProperty().get()).startsWith("Subnet \"10.0.0.0/33\": ");
        m.scope().subnetProperty().set("10.0.0.0/30");
        assertThat(m.scope().matchingProperty().get()).as("10.0.0.1 to .3").isEqualTo(3);

        m.preview();
        assertThat(m.stepProperty().get()).isEqualTo(PushStep.PREVIEW);
        assertThat(m.errorProperty().get()).isEmpty();
        assertThat(m.previewProperty().get().plan().hosts()).isEqualTo(3);
        int planned = m.actions().size();
        m.apply();

        assertThat(m.stepProperty().get()).isEqualTo(PushStep.APPLY);
        assertThat(m.applyEndedProperty().get()).isTrue();
        assertThat(m.reportProperty().get().count(State.PLANNED)).isPositive();
        assertThat(m.messageProperty().get()).startsWith("Cancelled: ");
        assertThat(m.actions()).filteredOn(r -> r.state() == State.PLANNED).isNotEmpty().allSatisfy(r -> {
            assertThat(r.shownProperty().get()).isEqualTo(ActionRow.Shown.NOT_SENT);
            assertThat(r.message()).isEqualTo("not sent: the push was cancelled");
        });
        int sent = (int) m.actions().stream().filter(r -> r.state() != State.PLANNED).count();
        m.showSummary();
        assertThat(m.stepProperty().get()).isEqualTo(PushStep.SUMMARY);
        assertThat(m.unsuccessful()).hasSize(planned - sent);

        m.startOver();
        String notice = "stopped after " + sent + " of " + planned + " actions; this preview picks up what it left.";
        assertThat(m.scope().noticeProperty().get()).matches("The last push \\(started \\d{4}-\\d\\d-\\d\\d"
                + " \\d\\d:\\d\\d\\) .*").endsWith(notice);
        m.preview();
        assertThat(m.noticeProperty().get()).endsWith(notice);
        assertThat(m.actions()).hasSizeLessThan(planned);
        model.set(new PushViewModel(services, services, services, direct, direct, direct, ZoneOffset.UTC));
        m = model.get();
        m.scope().subnetProperty().set("10.0.0.0/30");
        m.preview();
        m.apply();
        assertThat(m.actions()).allSatisfy(r -> assertThat(r.state()).as(r.toString()).isEqualTo(State.OK));
        assertThat(m.links()).extracting(LinkRow::label).contains("device host-0", "device host-2")
                .doesNotHaveDuplicates();
        assertThat(m.links()).extracting(LinkRow::url).doesNotHaveDuplicates();

        m.startOver();
        assertThat(m.scope().noticeProperty().get()).as("the last push finished").isEmpty();
        assertThat(nb.rows("dcim.device")).extracting(d -> d.path("name").asText())
                .contains("host-0", "host-1", "host-2").doesNotContain("host-3");
        assertThat(nb.schemaViolations()).isEmpty();
    }
}
