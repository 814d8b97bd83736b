package org.netboxauto.discovery.proxmox.peer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** The answers of each endpoint for one authenticated caller, per PROXMOX.md §4 and §6. */
final class PeerRoutes {

    private static final Set<String> LIST_FIELDS = Set.of("vmid", "status", "name", "tags", "lock", "uptime", "cpu",
            "mem", "maxmem", "disk", "maxdisk", "netin", "netout", "diskread", "diskwrite");

    private final PeerFixture fixture;
    private final PeerAccounts.Caller caller;

    PeerRoutes(PeerFixture fixture, PeerAccounts.Caller caller) {
        this.fixture = fixture;
        this.caller = caller;
    }

    PeerReply nodes(String fingerprint) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        fixture.nodes().forEach(n -> out.add(n.deepCopy().put("ssl_fingerprint", fingerprint)));
        return PeerReply.data(out);
    }

    PeerReply clusterStatus() {
        if (!caller.may("Sys.Audit")) {
            return PeerReply.error(403, "Permission check failed (/, Sys.Audit)");
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        out.addObject().put("type", "cluster").put("id", "cluster").put("name", fixture.cluster())
                .put("nodes", fixture.nodes().size()).put("quorate", 1).put("version", 7);
        int id = 1;
        for (ObjectNode n : fixture.nodes()) {
            boolean online = "online".equals(n.path("status").asText());
            out.addObject().put("type", "node").put("id", "node/" + n.path("node").asText())
                    .put("name", n.path("node").asText()).put("nodeid", id).put("ip", "10.0.0." + (10 + id))
                    .put("online", online ? 1 : 0).put("local", id == 1 ? 1 : 0).put("level", "");
            id++;
        }
        return PeerReply.data(out);
    }

    /** Guests the caller may audit, silently; pools only with Pool.Audit. */
    PeerReply resources(String type) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        if (type == null || type.equals("node")) {
            fixture.nodes().forEach(n -> out.add(n.deepCopy()));
        }
        if (type == null || type.equals("vm")) {
            for (PeerGuest g : fixture.guests()) {
                if (caller.may("VM.Audit")) {
                    ObjectNode item = g.resource().deepCopy();
                    if (!caller.may("Pool.Audit")) {
                        item.remove("pool");
                    }
                    out.add(item);
                }
            }
        }
        if (type == null && caller.may("Pool.Audit")) {
            out.addObject().put("id", "/pool/production").put("type", "pool").put("pool", "production");
        }
        return PeerReply.data(out);
    }

    PeerReply nodeList(String node, String type) {
        Optional<PeerReply> down = nodeDown(node);
        if (down.isPresent()) {
            return down.get();
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (PeerGuest g : fixture.guests()) {
            if (g.type().equals(type) && currentNode(g).equals(node) && caller.may("VM.Audit")) {
                ObjectNode item = out.addObject();
                g.resource().properties().forEach(f -> {
                    if (LIST_FIELDS.contains(f.getKey()) && !(type.equals("qemu") && f.getKey().equals("disk"))) {
                        item.set(f.getKey(), f.getValue());
                    }
                });
                item.put("status", g.running() ? "running" : "stopped");
                if (!item.has("name")) {
                    item.put("name", type.equals("qemu") ? "VM " + g.vmid() : "CT" + g.vmid());
                }
                if (g.template()) {
                    item.put("template", 1);
                }
                if (type.equals("lxc")) {
                    item.put("type", "lxc");
                }
            }
        }
        return PeerReply.data(out);
    }

    PeerReply config(String node, String type, int vmid) {
        return guest(node, type, vmid).map(g -> PeerReply.data(g.config())).orElseGet(() -> missing(node, type, vmid));
    }

    PeerReply lxcInterfaces(String node, int vmid) {
        Optional<PeerGuest> guest = guest(node, "lxc", vmid);
        if (guest.isEmpty()) {
            return missing(node, "lxc", vmid);
        }
        PeerGuest g = guest.get();
        return PeerReply.data(g.running() && g.interfaces() != null ? g.interfaces()
                : JsonNodeFactory.instance.nullNode());
    }

    /** The guest agent's answer and each of its failures (PROXMOX.md §4.7). */
    PeerReply agentInterfaces(String node, int vmid, Duration pingTimeout, Duration qmpTimeout) {
        Optional<PeerGuest> guest = guest(node, "qemu", vmid);
        if (guest.isEmpty()) {
            return missing(node, "qemu", vmid);
        }
        if (!caller.may("VM.GuestAgent.Audit")) {
            return PeerReply.error(403, "Permission check failed (/vms/" + vmid + ", VM.GuestAgent.Audit)");
        }
        PeerGuest g = guest.get();
        if (!g.config().has("agent") || "no-agent".equals(g.agentError())) {
            return PeerReply.error(500, "No QEMU guest agent configured");
        }
        if (!g.running()) {
            return PeerReply.error(500, "VM " + vmid + " is not running");
        }
        if ("not-running".equals(g.agentError()) || g.agent() == null && g.agentError() == null) {
            return PeerReply.error(500, "QEMU guest agent is not running", pingTimeout);
        }
        if ("timeout".equals(g.agentError())) {
            return PeerReply.error(500, "VM " + vmid + " qga command 'guest-network-get-interfaces' failed - got timeout",
                    qmpTimeout);
        }
        if ("agent-error".equals(g.agentError())) {
            return PeerReply.error(500, "Agent error: Guest agent command failed, error was 'Unknown error'");
        }
        ArrayNode result = g.agent().deepCopy();
        for (int i = 0; i < g.agentVeths(); i++) {
            result.addObject().put("name", "cali" + Integer.toHexString(0x1000000 + i))
                    .put("hardware-address", "ee:ee:ee:ee:ee:ee").putArray("ip-addresses").addObject()
                    .put("ip-address-type", "ipv6").put("ip-address", "fe80::ecee:eeff:feee:eeee").put("prefix", 64);
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("result", result);
        return PeerReply.data(data);
    }

    private Optional<PeerGuest> guest(String node, String type, int vmid) {
        return fixture.guests().stream()
                .filter(g -> g.vmid() == vmid && g.type().equals(type) && currentNode(g).equals(node))
                .findFirst();
    }

    private PeerReply missing(String node, String type, int vmid) {
        Optional<PeerReply> down = nodeDown(node);
        if (down.isPresent()) {
            return down.get();
        }
        if (fixture.nodes().stream().noneMatch(n -> n.path("node").asText().equals(node))) {
            return PeerReply.error(500, "no such cluster node '" + node + "'");
        }
        return PeerReply.error(500, "Configuration file 'nodes/" + node + "/" + (type.equals("qemu") ? "qemu-server" : "lxc")
                + "/" + vmid + ".conf' does not exist");
    }

    /** pveproxy cannot reach an offline node and answers with AnyEvent::HTTP's pseudo status. */
    Optional<PeerReply> nodeDown(String node) {
        return fixture.nodes().stream()
                .filter(n -> n.path("node").asText().equals(node) && "offline".equals(n.path("status").asText()))
                .findFirst().map(n -> PeerReply.error(595, "Connection refused"));
    }

    private static String currentNode(PeerGuest g) {
        return g.movedTo() != null ? g.movedTo() : g.node();
    }
}
