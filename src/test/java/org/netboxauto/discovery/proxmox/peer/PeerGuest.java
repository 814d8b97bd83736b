package org.netboxauto.discovery.proxmox.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One guest of the simulated cluster, as loaded from a fixture.
 *
 * @param resource   its {@code /cluster/resources} item
 * @param agent      the guest agent's interface list, or null
 * @param agentError {@code not-running}, {@code timeout}, {@code no-agent}, {@code agent-error}, or null
 * @param interfaces the LXC interface list, or null
 * @param movedTo    the node it migrated to after the resource list was taken, or null
 * @param agentVeths extra Calico-style interfaces the agent reports (all {@code ee:ee:ee:ee:ee:ee})
 */
public record PeerGuest(ObjectNode resource, ObjectNode config, JsonNode agent, String agentError,
                        JsonNode interfaces, String movedTo, int agentVeths) {

    public String type() {
        return resource.path("type").asText();
    }

    public int vmid() {
        return resource.path("vmid").asInt();
    }

    public String node() {
        return resource.path("node").asText();
    }

    public boolean running() {
        return "running".equals(resource.path("status").asText());
    }

    public boolean template() {
        return resource.path("template").asInt() == 1;
    }
}
