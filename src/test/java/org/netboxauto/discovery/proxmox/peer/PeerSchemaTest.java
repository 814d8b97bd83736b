package org.netboxauto.discovery.proxmox.peer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.net.PeerTrust;
import org.netboxauto.testsupport.TestCertificates;

/** Walks every endpoint the peer serves and checks each reply against Proxmox's own API schema. */
class PeerSchemaTest {

    private static final String AUTH = "PVEAPIToken=schema@pve!walk=0f0e0d0c-0b0a-0908-0706-050403020100";

    /** Container 108 simulates a PVE 8.1–8.3 node, older than this 9.1 schema. */
    private static final String PRE_84_INTERFACES = "/nodes/pve1/lxc/108/interfaces";

    @TempDir
    static Path temp;

    private static ProxmoxPeer peer;
    private static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        TestCertificates cert = TestCertificates.selfSigned(temp, "pve");
        peer = new ProxmoxPeer(PeerFixture.labCluster(), cert, false)
                .token("schema@pve!walk", "0f0e0d0c-0b0a-0908-0706-050403020100", ProxmoxPeer.AUDITOR)
                .delays(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(50));
        Path ca = cert.writePem(temp.resolve("ca.pem"));
        client = HttpClient.newBuilder()
                .sslContext(PeerTrust.of(new TlsConfig(Optional.of(ca), Optional.empty()), "test.").sslContext())
                .build();
    }

    @AfterAll
    static void stop() {
        peer.close();
        client.close();
    }

    @Test
    void everyReplyConformsToTheSchema() throws Exception {
        ApiSchema schema = ApiSchema.load();
        Map<String, List<String>> problems = new LinkedHashMap<>();
        List<String> paths = paths();
        for (String path : paths) {
            HttpResponse<String> reply = get(path);
            assertThat(reply.statusCode()).as(path).isEqualTo(200);
            assertThat(reply.headers().firstValue("Content-Type")).as(path).contains("application/json;charset=UTF-8");
            assertThat(reply.headers().firstValue("Server")).contains("pve-api-daemon/3.0");
            JsonNode envelope = PeerFixture.JSON.readTree(reply.body());
            assertThat(envelope.has("data")).as(path).isTrue();
            String template = schema.templateOf("GET", path.replaceFirst("\\?.*", "")).orElseThrow(
                    () -> new AssertionError("no schema path for " + path));
            List<String> found = schema.problems("GET", template, envelope.get("data"));
            if (template.endsWith("/agent/network-get-interfaces")) {
                found = new ArrayList<>(found);
                found.addAll(guestAgentProblems(envelope.get("data")));
            }
            if (path.equals(PRE_84_INTERFACES)) {
                assertThat(found).as("only the fields added in pve-container 5.2.6 are missing")
                        .allMatch(p -> p.matches("data\\[\\d] lacks the required field (hardware-address|ip-addresses)"));
            } else if (!found.isEmpty()) {
                problems.put(path, found);
            }
        }
        assertThat(paths).hasSizeGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckerCatchesDrift() throws Exception {
        ApiSchema schema = ApiSchema.load();
        JsonNode wrong = PeerFixture.JSON.readTree("""
                [{"id":"qemu/1","type":"vm","vmid":"100","template":true,"colour":"red"}]""");
        assertThat(schema.problems("GET", "/cluster/resources", wrong)).hasSize(3)
                .anyMatch(p -> p.contains("\"vm\" is not one of"))
                .anyMatch(p -> p.contains("vmid is not an integer"))
                .anyMatch(p -> p.contains("colour is not in the schema"));
        JsonNode config = PeerFixture.JSON.readTree("""
                {"net0":"virtio=BC:24:11:00:00:01,bridge=vmbr0,colour=red","name":"x","digest":"00"}""");
        assertThat(schema.problems("GET", "/nodes/{node}/qemu/{vmid}/config", config))
                .singleElement().asString().contains("key \"colour\" is not in the format");
    }

    @Test
    void stoppedContainersHaveNullInterfacesAndOfflineNodesAnswer595() throws Exception {
        assertThat(PeerFixture.JSON.readTree(get("/nodes/pve1/lxc/107/interfaces").body()).get("data").isNull())
                .isTrue();
        HttpResponse<String> offline = get("/nodes/pve3/qemu/105/config");
        assertThat(offline.statusCode()).isEqualTo(595);
        assertThat(offline.headers().firstValue("Connection")).contains("close");
        assertThat(PeerFixture.JSON.readTree(offline.body()).path("message").asText()).isEqualTo("Connection refused\n");
        assertThat(get("/nodes/pve1/foo").statusCode()).isEqualTo(501);
    }

    /** The schema leaves the agent's result open; QEMU's GuestNetworkInterface defines it. */
    private static List<String> guestAgentProblems(JsonNode data) {
        List<String> out = new ArrayList<>();
        if (!data.path("result").isArray()) {
            out.add("data has no result array");
        }
        for (JsonNode nic : data.path("result")) {
            if (!nic.path("name").isTextual()) {
                out.add("interface without a name: " + nic);
            }
            if (nic.has("hardware-address") && !nic.path("hardware-address").asText().matches("[0-9a-f:]{17}")) {
                out.add("hardware-address is not lower-case colon hex: " + nic);
            }
            for (JsonNode ip : nic.path("ip-addresses")) {
                if (!ip.path("ip-address-type").asText().matches("ipv4|ipv6") || !ip.path("prefix").isInt()
                        || !ip.path("ip-address").isTextual()) {
                    out.add("bad ip-addresses item: " + ip);
                }
            }
        }
        return out;
    }

    private static List<String> paths() {
        List<String> out = new ArrayList<>(List.of("/version", "/nodes", "/cluster/status",
                "/cluster/resources?type=vm", "/cluster/resources"));
        for (String node : List.of("pve1", "pve2")) {
            out.add("/nodes/" + node + "/qemu");
            out.add("/nodes/" + node + "/lxc");
        }
        for (PeerGuest g : peer.fixture().guests()) {
            String node = g.movedTo() != null ? g.movedTo() : g.node();
            if (node.equals("pve3")) {
                continue;
            }
            String base = "/nodes/" + node + "/" + g.type() + "/" + g.vmid();
            out.add(base + "/config");
            if (g.type().equals("lxc") && g.running()) {
                out.add(base + "/interfaces");
            } else if (g.type().equals("qemu") && g.running() && g.agent() != null) {
                out.add(base + "/agent/network-get-interfaces");
            }
        }
        return out;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(peer.url() + "/api2/json" + path))
                .header("Authorization", AUTH).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
