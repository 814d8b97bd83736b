package org.netboxauto.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netboxauto.core.PeerText;

/** Turns NetBox's error bodies into typed exceptions that keep its messages, made safe to print. */
final class NetBoxErrors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SNIPPET = 300;

    private NetBoxErrors() {
    }

    static NetBoxException of(String target, int status, String body) {
        JsonNode json = parse(body);
        return switch (status) {
            case 400 -> new NetBoxRequestRejected(target, fieldErrors(json, body));
            case 403 -> new NetBoxAccessDenied(target, detail(json, body));
            case 404 -> new NetBoxException(target, "404 " + detail(json, body)
                    + ". Check netbox.url: it is NetBox's address without /api");
            default -> new NetBoxException(target, status + " " + detail(json, body));
        };
    }

    static Map<String, List<String>> fieldErrors(JsonNode json, String body) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (json == null) {
            errors.put("detail", List.of(snippet(body)));
        } else if (json.path("errors").isArray()) {
            // 4.7 bulk create: {"detail": "...", "errors": [{"index": 1, "errors": {...}}]}
            for (JsonNode e : json.get("errors")) {
                String at = e.has("index") ? "[" + e.get("index").asInt() + "]." : "[id " + e.path("id").asLong() + "].";
                collect(at, e.path("errors"), errors);
            }
        } else if (json.isArray()) {
            for (int i = 0; i < json.size(); i++) {
                collect("[" + i + "].", json.get(i), errors);
            }
        } else {
            collect("", json, errors);
        }
        return errors;
    }

    private static void collect(String prefix, JsonNode node, Map<String, List<String>> errors) {
        if (!node.isObject()) {
            errors.computeIfAbsent(prefix.isEmpty() ? "detail" : prefix, k -> new ArrayList<>())
                    .add(PeerText.clean(node.asText()));
            return;
        }
        node.properties().forEach(e -> {
            List<String> messages = errors.computeIfAbsent(PeerText.clean(prefix + e.getKey()),
                    k -> new ArrayList<>());
            JsonNode v = e.getValue();
            if (v.isArray()) {
                v.forEach(m -> messages.add(PeerText.clean(m.isTextual() ? m.asText() : m.toString())));
            } else {
                messages.add(PeerText.clean(v.isTextual() ? v.asText() : v.toString()));
            }
        });
    }

    static String detail(JsonNode json, String body) {
        if (json != null && json.hasNonNull("detail")) {
            return PeerText.clean(json.get("detail").asText());
        }
        if (json != null && json.hasNonNull("error")) {
            return PeerText.clean(json.path("exception").asText("error") + ": " + json.get("error").asText());
        }
        return snippet(body);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String snippet(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        return PeerText.cut(body.replaceAll("[ \\t\\r\\n]+", " ").strip(), SNIPPET);
    }
}
