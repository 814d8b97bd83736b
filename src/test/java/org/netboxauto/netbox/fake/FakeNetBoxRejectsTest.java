package org.netboxauto.netbox.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Request shapes the real NetBox refuses (API-NOTES.md), each sent over HTTP to the fake, which
 * must refuse it with NetBox's status and message.
 */
class FakeNetBoxRejectsTest {

    private static final String TOKEN = "Token " + FakeNetBox.V1_TOKEN;
    private static FakeNetBox nb;

    /** One refused request and the answer NetBox gives. */
    record Refused(String what, String method, String path, String body, String authorization, int status,
                   String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    @BeforeAll
    static void start() {
        nb = FakeNetBox.start(NetBoxMode.V4_6);
        FakeSeed.small(nb);
        nb.create("/api/dcim/interfaces/", "{\"device\": {\"name\": \"sw1\"}, \"name\": \"vlan10\","
                + " \"type\": \"virtual\"}");
    }

    @AfterAll
    static void stop() {
        nb.close();
    }

    static Stream<Refused> refused() {
        String device = "\"device_type\": {\"slug\": \"server\"}, \"role\": {\"slug\": \"server\"}";
        long cabled = interfaceNamed("eth0");
        long virtual = interfaceNamed("vlan10");
        long free = interfaceNamed("ge-0/0/5");
        return Stream.of(
                new Refused("device without its required fields", "POST", "/api/dcim/devices/",
                        "{\"name\": \"x\"}", TOKEN, 400, "\"device_type\":[\"This field is required.\"]"),
                new Refused("status that is not a choice", "POST", "/api/dcim/devices/",
                        "{\"name\": \"x\", " + device + ", \"site\": 1, \"status\": \"running\"}", TOKEN, 400,
                        "\"status\":[\"\\\"running\\\" is not a valid choice.\"]"),
                new Refused("related object that does not exist", "POST", "/api/dcim/devices/",
                        "{\"name\": \"x\", " + device + ", \"site\": {\"slug\": \"nowhere\"}}", TOKEN, 400,
                        "Related object not found using the provided attributes: {'slug': 'nowhere'}"),
                new Refused("related object as a bare string", "POST", "/api/dcim/devices/",
                        "{\"name\": \"x\", " + device + ", \"site\": \"hq\"}", TOKEN, 400,
                        "Related objects must be referenced by numeric ID or by dictionary of attributes"),
                new Refused("device name differing only in case within the site", "POST", "/api/dcim/devices/",
                        "{\"name\": \"SW1\", " + device + ", \"site\": {\"slug\": \"hq\"}}", TOKEN, 400,
                        "\"__all__\":[\"Device name must be unique per site.\"]"),
                new Refused("name longer than 64 characters", "POST", "/api/dcim/devices/",
                        "{\"name\": \"" + "n".repeat(65) + "\", " + device + ", \"site\": 1}", TOKEN, 400,
                        "Ensure this field has no more than 64 characters."),
                new Refused("interface the device type template already created", "POST", "/api/dcim/interfaces/",
                        "{\"device\": {\"name\": \"web01\"}, \"name\": \"eth0\", \"type\": \"1000base-t\"}", TOKEN, 400,
                        "Interface with this Device and Name already exists."),
                new Refused("IP whose host exists with another mask", "POST", "/api/ipam/ip-addresses/",
                        "{\"address\": \"10.0.0.11/32\"}", TOKEN, 400,
                        "Duplicate IP address found in global table: 10.0.0.11/32"),
                new Refused("IP with a /0 mask", "POST", "/api/ipam/ip-addresses/",
                        "{\"address\": \"10.9.9.9/0\"}", TOKEN, 400, "Cannot create IP address with /0 mask."),
                new Refused("second cable on an interface", "POST", "/api/dcim/cables/",
                        "{\"a_terminations\": [{\"object_type\": \"dcim.interface\", \"object_id\": " + cabled + "}],"
                                + " \"b_terminations\": [{\"object_type\": \"dcim.interface\", \"object_id\": " + free
                                + "}]}", TOKEN, 400, "Duplicate termination found for dcim.interface " + cabled
                                + ": cable 1"),
                new Refused("cable to a virtual interface", "POST", "/api/dcim/cables/",
                        "{\"a_terminations\": [{\"object_type\": \"dcim.interface\", \"object_id\": " + virtual + "}],"
                                + " \"b_terminations\": [{\"object_type\": \"dcim.interface\", \"object_id\": " + free
                                + "}]}",
                        TOKEN, 400, "Cables cannot be terminated to Virtual interfaces"),
                new Refused("cable without its B side", "POST", "/api/dcim/cables/",
                        "{\"a_terminations\": [{\"object_type\": \"dcim.interface\", \"object_id\": 2}]}", TOKEN, 400,
                        "Must define A and B terminations when creating a new cable."),
                new Refused("primary IP not on the device's interfaces", "PATCH", "/api/dcim/devices/1/",
                        "{\"primary_ip4\": 1}", TOKEN, 400,
                        "The specified IP address (10.0.0.11/24) is not assigned to this device."),
                new Refused("custom field not defined for the model", "PATCH", "/api/dcim/devices/1/",
                        "{\"custom_fields\": {\"owner\": \"me\"}}", TOKEN, 400,
                        "Custom field 'owner' does not exist for this object type."),
                new Refused("filter value naming no site", "GET", "/api/dcim/devices/?site_id=999", null, TOKEN, 400,
                        "Select a valid choice. 999 is not one of the available choices."),
                new Refused("filter value of the wrong type", "GET", "/api/dcim/devices/?id=abc", null, TOKEN, 400,
                        "Enter a whole number."),
                new Refused("write without the trailing slash", "POST", "/api/dcim/sites", "{\"name\": \"a\","
                        + " \"slug\": \"a\"}", TOKEN, 404, "Not found."),
                new Refused("no token", "GET", "/api/dcim/devices/", null, null, 403,
                        "Authentication credentials were not provided."),
                new Refused("unknown v1 token", "GET", "/api/dcim/devices/", null,
                        "Token 00000000000000000000000000000000deadbeef", 403, "Invalid v1 token"),
                new Refused("only the secret of a v2 token", "GET", "/api/dcim/devices/", null,
                        "Bearer " + FakeNetBox.V2_SECRET, 403, "Invalid v1 token"),
                new Refused("v2 token without its key separator", "GET", "/api/dcim/devices/", null,
                        "Bearer nbt_abcdefghijkl", 403, "Could not parse key from v2 token"),
                new Refused("v2 token with a wrong secret", "GET", "/api/dcim/devices/", null,
                        "Bearer nbt_" + FakeNetBox.V2_KEY + ".wrong", 403, "Invalid v2 token"),
                new Refused("write with a read-only token", "POST", "/api/extras/tags/",
                        "{\"name\": \"t\", \"slug\": \"t\"}", "Token " + FakeNetBox.V1_READ_ONLY, 403,
                        "You do not have permission to perform this action."),
                new Refused("tag slug with a space", "POST", "/api/extras/tags/",
                        "{\"name\": \"bad tag\", \"slug\": \"bad tag\"}", TOKEN, 400, "\"slug\":"),
                new Refused("bulk create with one bad item, saved all or none", "POST", "/api/extras/tags/",
                        "[{\"name\": \"ok\", \"slug\": \"ok\"}, {\"name\": \"bad\"}]", TOKEN, 400,
                        "[{},{\"slug\":[\"This field is required.\"]}]"));
    }

    private static long interfaceNamed(String name) {
        return nb.rows("dcim.interface").stream().filter(i -> i.path("name").asText().equals(name)).findFirst()
                .orElseThrow().get("id").asLong();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWhatNetBoxRefuses(Refused r) {
        RawHttp.Reply reply = RawHttp.send(nb.url(), r.method(), r.path(), r.body(), r.authorization());

        assertThat(reply.status()).as(reply.body()).isEqualTo(r.status());
        assertThat(reply.body()).contains(r.message());
        assertThat(nb.schemaViolations()).isEmpty();
    }

    @Test
    void aRefusedBulkCreateSavesNothing() {
        RawHttp.send(nb.url(), "POST", "/api/extras/tags/", "[{\"name\": \"first\", \"slug\": \"first\"},"
                + " {\"name\": \"second\"}]", TOKEN);

        assertThat(nb.rows("extras.tag")).noneMatch(t -> t.path("slug").asText().equals("first"));
    }

    @Test
    void acceptsBothKeywordsForBothTokenVersions() {
        assertThat(RawHttp.send(nb.url(), "GET", "/api/status/", null, "Bearer " + FakeNetBox.V1_TOKEN).status())
                .isEqualTo(200);
        assertThat(RawHttp.send(nb.url(), "GET", "/api/status/", null, "token " + FakeNetBox.V2_TOKEN).status())
                .isEqualTo(200);
    }

    @Test
    void anUnknownFilterIsIgnoredAndReturnsEverything() {
        RawHttp.Reply all = RawHttp.send(nb.url(), "GET", "/api/dcim/devices/", null, TOKEN);
        RawHttp.Reply typo = RawHttp.send(nb.url(), "GET", "/api/dcim/devices/?sitee=branch", null, TOKEN);

        assertThat(typo.status()).isEqualTo(200);
        assertThat(typo.body()).contains("\"count\":3").isEqualTo(all.body());
    }

    @Test
    void limitIsCappedAtTheMaximumPageSize() {
        for (int i = 0; i < 1005; i++) {
            nb.create("/api/extras/tags/", "{\"name\": \"cap" + i + "\", \"slug\": \"cap" + i + "\"}");
        }
        RawHttp.Reply zero = RawHttp.send(nb.url(), "GET", "/api/extras/tags/?limit=0", null, TOKEN);
        RawHttp.Reply big = RawHttp.send(nb.url(), "GET", "/api/extras/tags/?limit=5000", null, TOKEN);

        assertThat(count(zero.body(), "\"slug\":")).isEqualTo(FakeApi.MAX_PAGE_SIZE);
        assertThat(count(big.body(), "\"slug\":")).isEqualTo(FakeApi.MAX_PAGE_SIZE);
        assertThat(big.body()).contains("offset=1000");
    }

    private static int count(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }
}
