package org.netboxauto.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netboxauto.cli.Cli;
import org.netboxauto.cli.CliServices;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.compare.Hosts;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.ActionVerb;
import org.netboxauto.core.push.ObjectRef;
import org.netboxauto.core.push.PushAction;
import org.netboxauto.netbox.NetBoxPushWriter;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.service.ConfigService;
import org.netboxauto.service.JournalEntry;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;
import org.netboxauto.service.StatusService;

/**
 * NetBox answers a bulk update in the model's ordering (devices by name, interfaces by device and
 * name, IPs by address), leaving out ids it did not find: every id and link in the report, the
 * journal and {@code push --format json} still names the object its action wrote.
 */
class PushTruthTest {

    private static final List<String> EXISTING = List.of("zulu", "alpha", "mike");

    @TempDir
    Path dir;

    /** Hosts whose plan order differs from NetBox's name order: three already in NetBox by name, two new. */
    static List<Host> hosts() {
        return List.of(
                host("02:00:00:00:05:01", "zulu", "10.0.0.201"),
                host("02:00:00:00:05:02", "alpha", "10.0.0.19"),
                host("02:00:00:00:05:03", "yankee", "10.0.0.180"),
                host("02:00:00:00:05:04", "mike", "10.0.0.2"),
                host("02:00:00:00:05:05", "charlie", "10.0.0.100"));
    }

    private static Host host(String mac, String name, String ip) {
        return Hosts.host(List.of(MacAddress.of(mac)), name, null, Map.of(), Set.of(), ip);
    }

    private static PushLab lab(NetBoxMode mode, Path dir) {
        PushLab lab = new PushLab(mode, dir, PushLab.DEFAULTS);
        FakeSeed.small(lab.nb);
        EXISTING.forEach(n -> lab.nb.create("/api/dcim/devices/", "{\"name\": \"" + n + "\", \"device_type\":"
                + " {\"slug\": \"server\"}, \"role\": {\"slug\": \"server\"}, \"site\": {\"slug\": \"hq\"}}"));
        return lab.approved(hosts());
    }

    @ParameterizedTest
    @EnumSource(NetBoxMode.class)
    void everyIdLinkAndJournalLinePointsAtTheObjectItsActionWrote(NetBoxMode mode) {
        try (PushLab lab = lab(mode, dir)) {
            PushPreview preview = lab.preview();
            assertThat(preview.plan().actions().stream().filter(a -> a.verb() == ActionVerb.UPDATE)
                    .map(a -> a.type() + "").distinct()).as("bulk updates of devices and interfaces")
                    .contains("DEVICE");
            PushReport report = lab.apply(preview);

            assertThat(report.outcomes()).allMatch(o -> o.state() == ActionOutcome.State.OK,
                    report.outcomes().toString());
            Map<String, Long> ids = ids(preview.plan().actions(), report.outcomes());
            assertTruthful(lab.nb, preview.plan().actions(), ids);
            report.links().forEach((key, url) -> assertThat(url).as(key)
                    .endsWith(webPath(action(preview, key)) + ids.get(key) + "/"));
            for (JournalEntry e : lab.push.journal(lab.config(), report.pushId())) {
                if (!e.key().startsWith("dns:")) {
                    assertThat(e.netboxId()).as(e.key()).isEqualTo(Optional.ofNullable(ids.get(e.key())));
                }
            }
            assertThat(lab.nb.schemaViolations()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = NetBoxMode.class, names = {"V4_6", "V4_7"})
    void aDeviceRemovedAfterThePreviewFailsItsUpdateInsteadOfTakingAnothersId(NetBoxMode mode) {
        try (PushLab lab = lab(mode, dir)) {
            PushPreview preview = lab.preview();
            long mike = PushServiceTest.device(lab.nb, "mike").get("id").asLong();
            lab.nb.delete("/api/dcim/devices/", mike);

            PushReport report = lab.apply(preview);

            List<PushAction> actions = preview.plan().actions();
            Map<String, Long> ids = ids(actions, report.outcomes());
            assertTruthful(lab.nb, actions, ids);
            List<ActionOutcome> ofMike = new java.util.ArrayList<>();
            for (int i = 0; i < actions.size(); i++) {
                PushAction a = actions.get(i);
                if (a.verb() == ActionVerb.UPDATE && a.target().orElseThrow().equals(
                        new ObjectRef.Existing(org.netboxauto.core.push.NbType.DEVICE, mike))) {
                    ofMike.add(report.outcomes().get(i));
                }
            }
            assertThat(ofMike).isNotEmpty().noneMatch(o -> o.state() == ActionOutcome.State.OK);
            assertThat(ofMike.getFirst().state()).isEqualTo(ActionOutcome.State.FAILED);
            assertThat(ofMike.getFirst().message().orElseThrow()).containsAnyOf("no longer has device mike",
                    "Object with ID " + mike + " does not exist");
            assertThat(PushServiceTest.device(lab.nb, "zulu").path("tags").toString()).contains("netbox-auto");
            assertThat(PushServiceTest.device(lab.nb, "alpha").path("tags").toString()).contains("netbox-auto");
        }
    }

    @ParameterizedTest
    @EnumSource(value = NetBoxMode.class, names = {"V4_6"})
    void pushFormatJsonGivesEachActionTheIdAndPageOfItsOwnObject(NetBoxMode mode) throws Exception {
        try (PushLab lab = lab(mode, dir)) {
            List<PushAction> actions = lab.preview().plan().actions();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            var cli = Cli.create(new CliServices(new ConfigService(lab.locations()), new StatusService(lab.stores()),
                    null, null, null, null, null, lab.push, null));
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            assertThat(cli.execute("push", "--yes", "--format", "json")).as(err.toString()).isZero();

            Map<String, Long> ids = new HashMap<>();
            Map<String, String> urls = new HashMap<>();
            for (JsonNode a : new ObjectMapper().readTree(out.toString()).path("result").path("actions")) {
                if (!a.path("id").isNull()) {
                    ids.put(a.path("key").asText(), a.path("id").asLong());
                }
                if (!a.path("url").isNull()) {
                    urls.put(a.path("key").asText(), a.path("url").asText());
                }
            }
            assertThat(ids.keySet()).containsExactlyInAnyOrderElementsOf(actions.stream().map(PushAction::key).toList());
            assertTruthful(lab.nb, actions, ids);
            urls.forEach((key, url) -> assertThat(url).as(key).endsWith(webPath(actions.stream()
                    .filter(a -> a.key().equals(key)).findFirst().orElseThrow()) + ids.get(key) + "/"));
        }
    }

    private static Map<String, Long> ids(List<PushAction> actions, List<ActionOutcome> outcomes) {
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < actions.size(); i++) {
            ActionOutcome o = outcomes.get(i);
            if (o.state() == ActionOutcome.State.OK) {
                o.id().ifPresent(id -> ids.put(o.key(), id));
            }
        }
        return ids;
    }

    /**
     * An update or delete reports its target's id; a create or find reports the id of an object that
     * carries the fields it sent or looked for.
     */
    private static void assertTruthful(FakeNetBox nb, List<PushAction> actions, Map<String, Long> ids) {
        for (PushAction a : actions) {
            Long id = ids.get(a.key());
            if (id == null) {
                continue;
            }
            if (a.verb() != ActionVerb.CREATE && a.verb() != ActionVerb.FIND) {
                long target = switch (a.target().orElseThrow()) {
                    case ObjectRef.Existing e -> e.id();
                    case ObjectRef.Planned p -> ids.get(p.key());
                };
                assertThat(id).as(a.summary()).isEqualTo(target);
                continue;
            }
            JsonNode written = nb.get(NetBoxPushWriter.path(a.type()), id);
            for (String field : List.of("name", "model", "address", "mac_address", "slug")) {
                Object sent = a.after().get(field);
                if (sent instanceof String s) {
                    assertThat(written.path(field).asText().toLowerCase(Locale.ROOT)).as(a.summary() + " " + field)
                            .isEqualTo(s.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    private static PushAction action(PushPreview preview, String key) {
        return preview.plan().actions().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
    }

    private static String webPath(PushAction a) {
        return NetBoxPushWriter.path(a.type()).replaceFirst("^/api", "");
    }
}
