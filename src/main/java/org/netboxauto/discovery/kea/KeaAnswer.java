package org.netboxauto.discovery.kea;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.netboxauto.core.PeerText;

/**
 * One daemon's answer to a Kea command: {@code result} 0 success, 1 error, 2 unsupported (the hook that provides it
 * is not loaded), 3 empty; {@code text} says why. The Control Agent answers a list, one per service asked.
 */
record KeaAnswer(int result, String text, JsonNode arguments) {

    static final int SUCCESS = 0;
    static final int ERROR = 1;
    static final int UNSUPPORTED = 2;
    static final int EMPTY = 3;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body was not a Kea answer. */
    static final class Malformed extends IOException {
        Malformed(String message) {
            super(message);
        }
    }

    boolean ok() {
        return result == SUCCESS || result == EMPTY;
    }

    /** @throws Malformed when the body is not JSON, not a list of answers, or an answer lacks its integer result */
    static List<KeaAnswer> decode(byte[] body) throws Malformed {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Malformed("is not JSON (it starts with \"" + start(body) + "\")");
        } catch (IOException e) {
            throw new Malformed("could not be read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new Malformed("is empty");
        }
        List<KeaAnswer> out = new ArrayList<>();
        if (root.isObject()) {
            out.add(one(root));
        } else if (root.isArray() && !root.isEmpty()) {
            for (JsonNode item : root) {
                out.add(one(item));
            }
        } else {
            throw new Malformed("is not a Kea answer (it starts with \"" + start(body) + "\")");
        }
        return out;
    }

    private static KeaAnswer one(JsonNode item) throws Malformed {
        JsonNode result = item.path("result");
        if (!item.isObject() || !result.isIntegralNumber() || !result.canConvertToInt()) {
            throw new Malformed("is not a Kea answer: an element has no integer \"result\" ("
                    + PeerText.cut(item.toString(), 120) + ")");
        }
        JsonNode text = item.path("text");
        JsonNode arguments = item.has("arguments") ? item.get("arguments") : MissingNode.getInstance();
        return new KeaAnswer(result.intValue(), text.isTextual() ? PeerText.clean(text.asText()) : "", arguments);
    }

    private static String start(byte[] body) {
        return PeerText.cut(new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8).strip(), 80);
    }
}
