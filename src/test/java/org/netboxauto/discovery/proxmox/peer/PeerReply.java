package org.netboxauto.discovery.proxmox.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Duration;

/** What one route answers: data, or an error status and message after some time. */
record PeerReply(JsonNode data, int status, String message, Duration after) {

    static final PeerReply NOT_FOUND = new PeerReply(NullNode.instance, 501, "not implemented", Duration.ZERO);

    static PeerReply data(JsonNode data) {
        return new PeerReply(data, 200, "", Duration.ZERO);
    }

    static PeerReply error(int status, String message) {
        return new PeerReply(NullNode.instance, status, message, Duration.ZERO);
    }

    static PeerReply error(int status, String message, Duration after) {
        return new PeerReply(NullNode.instance, status, message, after);
    }

    boolean ok() {
        return status == 200;
    }
}
