package org.netboxauto.discovery.proxmox.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The nodes and guests a {@link ProxmoxPeer} serves, from {@code src/test/resources/proxmox/} or generated. */
public record PeerFixture(String cluster, ObjectNode version, List<ObjectNode> nodes, List<PeerGuest> guests) {

    static final ObjectMapper JSON = new ObjectMapper();

    public static PeerFixture load(String resource) {
        try (InputStream in = PeerFixture.class.getResourceAsStream("/proxmox/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture /proxmox/" + resource);
            }
            JsonNode root = JSON.readTree(in);
            List<ObjectNode> nodes = new ArrayList<>();
            root.path("nodes").forEach(n -> nodes.add((ObjectNode) n));
            List<PeerGuest> guests = new ArrayList<>();
            root.path("guests").forEach(g -> guests.add(guest(g)));
            return new PeerFixture(root.path("cluster").asText(), (ObjectNode) root.path("version"), nodes, guests);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PeerFixture labCluster() {
        return load("lab-cluster.json");
    }

    private static PeerGuest guest(JsonNode g) {
        return new PeerGuest((ObjectNode) g.path("resource"), (ObjectNode) g.path("config"), nullable(g, "agent"),
                g.path("agentError").textValue(), nullable(g, "interfaces"), g.path("movedTo").textValue(),
                g.path("agentVeths").asInt());
    }

    private static JsonNode nullable(JsonNode g, String key) {
        JsonNode v = g.get(key);
        return v == null || v.isNull() ? null : v;
    }

    /** {@code count} running guests with two NICs each and a guest agent, spread over the lab's online nodes. */
    public static PeerFixture generated(int count) {
        PeerFixture lab = labCluster();
        List<PeerGuest> guests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int vmid = 1000 + i;
            boolean lxc = i % 3 == 0;
            String node = i % 2 == 0 ? "pve1" : "pve2";
            ObjectNode resource = JSON.createObjectNode().put("id", (lxc ? "lxc/" : "qemu/") + vmid)
                    .put("type", lxc ? "lxc" : "qemu").put("vmid", vmid).put("node", node).put("name", "guest" + vmid)
                    .put("status", "running").put("template", 0).put("uptime", 100 + i).put("maxcpu", 2);
            ObjectNode config = JSON.createObjectNode().put(lxc ? "hostname" : "name", "guest" + vmid);
            ArrayNode ifaces = JSON.createArrayNode();
            for (int n = 0; n < 2; n++) {
                String mac = "BC:24:11:" + HexFormat.ofDelimiter(":").withUpperCase()
                        .formatHex(new byte[] {(byte) (i >> 8), (byte) i, (byte) n});
                String ip = "10." + (20 + n) + "." + (i / 250) + "." + (i % 250 + 1);
                config.put("net" + n, lxc ? "name=eth" + n + ",bridge=vmbr0,hwaddr=" + mac + ",ip=dhcp,type=veth"
                        : "virtio=" + mac + ",bridge=vmbr0");
                ObjectNode iface = ifaces.addObject().put("name", "eth" + n);
                iface.put(lxc ? "hwaddr" : "hardware-address", mac.toLowerCase(java.util.Locale.ROOT));
                ArrayNode addresses = iface.putArray("ip-addresses");
                addresses.addObject().put("ip-address-type", lxc ? "inet" : "ipv4").put("ip-address", ip)
                        .put("prefix", 16);
                if (lxc) {
                    iface.put("hardware-address", mac.toLowerCase(java.util.Locale.ROOT)).put("inet", ip + "/16");
                }
            }
            config.put(lxc ? "memory" : "agent", lxc ? "512" : "1").put("digest", "%040x".formatted(vmid));
            if (lxc) {
                config.put("memory", 512);
            }
            guests.add(new PeerGuest(resource, config, lxc ? null : ifaces, null, lxc ? ifaces : null, null, 0));
        }
        return new PeerFixture(lab.cluster(), lab.version(), lab.nodes(), guests);
    }
}
