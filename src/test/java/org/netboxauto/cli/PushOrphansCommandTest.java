package org.netboxauto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.push.OrphanLab;
import org.netboxauto.push.PushLab;
import org.netboxauto.service.ConfigService;
import org.netboxauto.service.StatusService;
import picocli.CommandLine;

/** {@code push} and orphans against the NetBox fake: listed in text and JSON, written only with --apply-orphans. */
class PushOrphansCommandTest {

    @TempDir
    Path dir;

    private PushLab lab;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() {
        lab = new PushLab(NetBoxMode.V4_6, dir, PushLab.DEFAULTS);
        OrphanLab.seed(lab);
    }

    @AfterEach
    void stop() {
        lab.close();
    }

    @Test
    void dryRunListsTheOrphansInTextAndJsonAndAPushWithoutTheOptionLeavesThem() throws Exception {
        Map<String, String> before = OrphanLab.machines(lab.nb);

        assertThat(run("push", "--dry-run")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Orphans: tagged 3 in NetBox whose host no source has seen for long"
                        + " (applied only with --apply-orphans):")
                .containsPattern("set offline +device stale-2 \\(#\\d+, active\\) — last seen \\S+, 10 days ago")
                .containsPattern("set offline +VM vm-4 \\(#\\d+, active\\)")
                .containsPattern("remove +device ancient-3 \\(#\\d+, active\\) — last seen \\S+, 40 days ago")
                .doesNotContain("web01 (#");

        out.getBuffer().setLength(0);
        assertThat(run("push", "--dry-run", "--apply-orphans", "--format", "json")).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("orphans")).hasSize(3);
        assertThat(json.path("orphans").get(2).path("name").asText()).isEqualTo("ancient-3");
        assertThat(json.path("orphans").get(2).path("proposed").asText()).isEqualTo("remove");
        assertThat(json.path("orphans").get(2).path("goneDays").asInt()).isEqualTo(40);
        assertThat(json.path("orphans")).allMatch(o -> o.path("applied").asBoolean());
        assertThat(OrphanLab.machines(lab.nb)).as("a dry run writes nothing").isEqualTo(before);

        assertThat(run("push", "--yes")).as(err.toString()).isZero();
        assertThat(OrphanLab.machines(lab.nb)).as("without --apply-orphans").isEqualTo(before);
    }

    @Test
    void applyOrphansWithYesSetsOfflineAndRemoves() {
        assertThat(run("push", "--apply-orphans", "--yes")).as(err.toString()).isZero();

        assertThat(OrphanLab.machines(lab.nb)).containsKey("dcim.device:stale-2")
                .doesNotContainKey("dcim.device:ancient-3").containsKey("dcim.device:web01")
                .containsKey("dcim.device:fresh-1");
        assertThat(OrphanLab.machines(lab.nb).get("dcim.device:stale-2")).startsWith("offline");
        assertThat(OrphanLab.machines(lab.nb).get("virtualization.virtualmachine:vm-4")).startsWith("offline");
        assertThat(OrphanLab.machines(lab.nb).get("dcim.device:fresh-1")).startsWith("active");
        assertThat(out.toString()).contains("Gone too long: set offline").contains("delete device ancient-3");
    }

    private int run(String... args) {
        CommandLine cli = Cli.create(new CliServices(new ConfigService(lab.locations()), new StatusService(lab.stores()),
                null, null, null, null, null, lab.push, null));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }
}
