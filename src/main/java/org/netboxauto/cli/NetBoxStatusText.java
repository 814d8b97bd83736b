package org.netboxauto.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.netboxauto.service.NetBoxStatus;

/** The NetBox part of {@code status}: reachable, which release, or what went wrong. */
final class NetBoxStatusText {

    private NetBoxStatusText() {
    }

    static String text(NetBoxStatus s) {
        if (s.version().isPresent()) {
            return "NetBox:   " + s.version().get() + " at " + s.url().orElse("?");
        }
        return "NetBox:   " + (s.url().isEmpty() ? "not configured (" + s.problem().orElse("") + ")"
                : (s.reachable() ? "answers but " : "unreachable: ") + s.problem().orElse(""));
    }

    static ObjectNode json(ObjectMapper mapper, NetBoxStatus s) {
        ObjectNode n = mapper.createObjectNode();
        n.put("url", s.url().orElse(null));
        n.put("reachable", s.reachable());
        n.put("version", s.version().orElse(null));
        n.put("problem", s.problem().orElse(null));
        return n;
    }
}
