package org.netboxauto.netbox.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IPv6 as NetBox 4.6 handles it (ipam/models/ip.py, ipam/filtersets.py, ipam/lookups.py at v4.6.8), over HTTP:
 * addresses and prefixes kept in netaddr's RFC 5952 spelling, PostgreSQL's inet operators behind the
 * {@code contains}, {@code within}, {@code parent} and {@code q} filters, and the interface and primary-IP rules.
 * (A list answers in the fake's insertion order, so the filters are compared as sets.)
 */
class FakeNetBoxIpv6Test {

    private static final String TOKEN = "Token " + FakeNetBox.V1_TOKEN;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeNetBox nb;
    private static long eth0;

    @BeforeAll
    static void start() {
        nb = FakeNetBox.start(NetBoxMode.V4_6);
        FakeSeed.small(nb);
        eth0 = nb.rows("dcim.interface").stream().filter(i -> i.path("name").asText().equals("eth0")
                && i.path("device").asLong() == device("web01")).findFirst().orElseThrow().get("id").asLong();
        for (String p : List.of("2001:DB8::/32", "2001:db8:5::/56", "2001:db8:5:100::/64", "2001:db8:5::5/128",
                "10.0.0.0/24")) {
            assertThat(post("/api/ipam/prefixes/", "{\"prefix\": \"" + p + "\"}").status()).isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        assertThat(nb.schemaViolations()).isEmpty();
        nb.close();
    }

    private static long device(String name) {
        return nb.rows("dcim.device").stream().filter(d -> d.path("name").asText().equals(name)).findFirst()
                .orElseThrow().get("id").asLong();
    }

    private static RawHttp.Reply post(String path, String body) {
        return RawHttp.send(nb.url(), "POST", path, body, TOKEN);
    }

    private static List<String> list(String pathAndQuery, String field) throws Exception {
        RawHttp.Reply reply = RawHttp.send(nb.url(), "GET", pathAndQuery, null, TOKEN);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        JSON.readTree(reply.body()).path("results").forEach(r -> out.add(r.path(field).asText()));
        return out;
    }

    @Test
    void anAddressIsKeptInItsRfc5952SpellingFoundUnderAnyAndUniqueByHost() throws Exception {
        RawHttp.Reply created = post("/api/ipam/ip-addresses/", "{\"address\": \"2001:DB8:0:0:0:0:0:a5/64\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode ip = JSON.readTree(created.body());
        assertThat(ip.path("address").asText()).isEqualTo("2001:db8::a5/64");
        assertThat(ip.path("family").path("value").asInt()).isEqualTo(6);

        assertThat(list("/api/ipam/ip-addresses/?address=2001:db8:0::A5", "address")).containsExactly("2001:db8::a5/64");
        assertThat(list("/api/ipam/ip-addresses/?address=2001:DB8:0::a5/64", "address")).containsExactly("2001:db8::a5/64");
        assertThat(list("/api/ipam/ip-addresses/?address=2001:db8::a5/56", "address")).isEmpty();
        assertThat(list("/api/ipam/ip-addresses/?q=2001:db8::a", "address")).containsExactly("2001:db8::a5/64");
        assertThat(list("/api/ipam/ip-addresses/?parent=2001:db8::/32&family=6", "address")).contains("2001:db8::a5/64")
                .allMatch(a -> a.startsWith("2001:db8:"));
        assertThat(post("/api/ipam/ip-addresses/", "{\"address\": \"fe80::1%eth0/64\"}").body())
                .contains("Invalid IP address format: fe80::1%eth0/64");
        RawHttp.Reply duplicate = post("/api/ipam/ip-addresses/", "{\"address\": \"2001:db8::a5/128\"}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body()).contains("Duplicate IP address found in global table: 2001:db8::a5/128");
    }

    @Test
    void aNetworkIdGoesOnNoInterfaceBelowSlash127() {
        String onEth0 = ", \"assigned_object_type\": \"dcim.interface\", \"assigned_object_id\": " + eth0 + "}";
        RawHttp.Reply refused = post("/api/ipam/ip-addresses/", "{\"address\": \"2001:db8:77::/64\"" + onEth0);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"__all__\":[\"2001:db8:77:: is a network ID, which may not be assigned"
                + " to an interface.\"]");
        assertThat(post("/api/ipam/ip-addresses/", "{\"address\": \"2001:db8:78::/127\"" + onEth0).status())
                .isEqualTo(201);
        assertThat(post("/api/ipam/ip-addresses/", "{\"address\": \"2001:db8:77::/64\"}").status()).isEqualTo(201);
        RawHttp.Reply broadcast = post("/api/ipam/ip-addresses/", "{\"address\": \"10.7.7.255/24\"" + onEth0);
        assertThat(broadcast.body()).contains("10.7.7.255 is a broadcast address, which may not be assigned to an"
                + " interface.");
    }

    @Test
    void primaryIp6TakesOnlyAnIpv6AddressOnTheDevicesOwnInterface() throws Exception {
        String onEth0 = ", \"assigned_object_type\": \"dcim.interface\", \"assigned_object_id\": " + eth0 + "}";
        long v6 = JSON.readTree(post("/api/ipam/ip-addresses/", "{\"address\": \"2001:db8:5::b/56\"" + onEth0).body())
                .get("id").asLong();
        long v4 = nb.rows("ipam.ipaddress").stream().filter(r -> r.path("address").asText().equals("10.0.0.11/24"))
                .findFirst().orElseThrow().get("id").asLong();
        long web = device("web01");

        RawHttp.Reply wrongFamily = RawHttp.send(nb.url(), "PATCH", "/api/dcim/devices/" + web + "/",
                "{\"primary_ip6\": " + v4 + "}", TOKEN);
        assertThat(wrongFamily.status()).isEqualTo(400);
        assertThat(wrongFamily.body()).contains("primary_ip6");
        RawHttp.Reply set = RawHttp.send(nb.url(), "PATCH", "/api/dcim/devices/" + web + "/",
                "{\"primary_ip6\": " + v6 + "}", TOKEN);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(JSON.readTree(set.body()).path("primary_ip6").path("address").asText()).isEqualTo("2001:db8:5::b/56");
    }

    @Test
    void aPrefixWithHostBitsIsRefusedAndOneIsKeptOnce() {
        RawHttp.Reply hostBits = post("/api/ipam/prefixes/", "{\"prefix\": \"2001:db8:9:0::5/64\"}");
        assertThat(hostBits.status()).isEqualTo(400);
        assertThat(hostBits.body()).contains("2001:db8:9::5/64 is not a valid prefix. Did you mean 2001:db8:9::/64?");
        RawHttp.Reply again = post("/api/ipam/prefixes/", "{\"prefix\": \"2001:0db8::/32\"}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("Duplicate prefix found in global table: 2001:db8::/32");
        assertThat(post("/api/ipam/prefixes/", "{\"prefix\": \"::/0\"}").body())
                .contains("Cannot create prefix with /0 mask.");
        assertThat(post("/api/ipam/prefixes/", "{\"prefix\": \"2001:db8::zz/64\"}").body())
                .contains("Invalid IP prefix format: 2001:db8::zz/64");
    }

    @Test
    void prefixFiltersAreTheInetOperatorsNetBoxUses() throws Exception {
        String path = "/api/ipam/prefixes/?";
        assertThat(list(path + "contains=2001:db8:5::5", "prefix")).containsExactlyInAnyOrder("2001:db8::/32", "2001:db8:5::/56");
        assertThat(list(path + "contains=2001:db8:5::/56", "prefix")).containsExactlyInAnyOrder("2001:db8::/32",
                "2001:db8:5::/56");
        assertThat(list(path + "q=2001:db8:5::5", "prefix")).containsExactlyInAnyOrder("2001:db8::/32", "2001:db8:5::/56",
                "2001:db8:5::5/128");
        assertThat(list(path + "within=2001:db8::/32", "prefix")).containsExactlyInAnyOrder("2001:db8:5::/56",
                "2001:db8:5::5/128", "2001:db8:5:100::/64");
        assertThat(list(path + "within_include=2001:db8:5::/56", "prefix")).containsExactlyInAnyOrder("2001:db8:5::/56",
                "2001:db8:5::5/128");
        assertThat(list(path + "family=4", "prefix")).containsExactlyInAnyOrder("10.0.0.0/24");
        assertThat(list(path + "contains=not-an-address", "prefix")).isEmpty();
        RawHttp.Reply badFamily = RawHttp.send(nb.url(), "GET", path + "family=six", null, TOKEN);
        assertThat(badFamily.status()).isEqualTo(400);
        assertThat(badFamily.body()).contains("Enter a number.");
    }
}
