package org.netboxauto.discovery.proxmox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** A QEMU VM or LXC container as listed by {@code /cluster/resources?type=vm}. */
record GuestRef(String table, int vmid, String node, Optional<String> name, String status, boolean template,
                Optional<String> tags, Optional<String> pool) {

    /** Empty for items that are not guests or lack a vmid or node. */
    static Optional<GuestRef> of(JsonNode item) {
        String type = item.path("type").asText();
        int vmid = Json.integer(item.path("vmid"));
        String node = item.path("node").asText("");
        if (!(type.equals("qemu") || type.equals("lxc")) || vmid <= 0 || node.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GuestRef(type, vmid, node, Json.text(item, "name"), item.path("status").asText("unknown"),
                Json.integer(item.path("template")) == 1, Json.text(item, "tags"), Json.text(item, "pool")));
    }

    String path() {
        return "/nodes/" + node + "/" + table + "/" + vmid;
    }

    boolean running() {
        return status.equals("running");
    }

    @Override
    public String toString() {
        return table + "/" + vmid + " on " + node;
    }
}
