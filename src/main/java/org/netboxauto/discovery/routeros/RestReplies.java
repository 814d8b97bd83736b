package org.netboxauto.discovery.routeros;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netboxauto.core.PeerText;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.discovery.routeros.ApiProtocolException.Kind;

/**
 * Reads a REST reply: a JSON array of objects whose values are all strings, or an error object
 * {@code {"error":401,"message":"Unauthorized","detail":"…"}} with a non-2xx status.
 */
final class RestReplies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RestReplies() {
    }

    /** Carries a {@link CollectorException} out of HttpClient's response handler. */
    static final class Refused extends IOException {
        private final transient CollectorException reason;

        Refused(CollectorException reason) {
            super(reason.getMessage());
            this.reason = reason;
        }

        CollectorException reason() {
            return reason;
        }
    }

    static List<Map<String, String>> rows(int status, byte[] body, String path, RouterOsTarget target)
            throws IOException {
        JsonNode json = parse(body);
        if (status == 401) {
            throw new Refused(target.loginRefused("HTTP 401" + detail(json)
                    + "; the user's group needs the rest-api policy"));
        }
        if (status < 200 || status > 299) {
            String what = "HTTP " + status + detail(json);
            throw new Refused(target.fail("the router refused GET " + path + ": " + what
                    + PermissionHint.of(what, target)));
        }
        if (json != null && json.isObject()) {
            // a menu with one item, such as system/resource, answers with that object alone
            json = JSON.createArrayNode().add(json);
        }
        if (json == null || !json.isArray()) {
            throw new ApiProtocolException(Kind.NOT_ROUTEROS, "the answer to GET " + path
                    + " is not a RouterOS REST list");
        }
        List<Map<String, String>> rows = new ArrayList<>(json.size());
        for (JsonNode item : json) {
            if (!item.isObject()) {
                throw new ApiProtocolException(Kind.MALFORMED, "the answer to GET " + path
                        + " holds a non-object item");
            }
            Map<String, String> row = new LinkedHashMap<>();
            item.properties().forEach(e -> row.put(e.getKey(), text(e.getValue())));
            rows.add(row);
        }
        return rows;
    }

    /**
     * The JSON, or null when the body is not JSON. RouterOS copies a value's raw bytes into the
     * JSON, so one host name may be CP1251 while the rest is UTF-8: the body is read byte for
     * byte (ISO-8859-1) and each value decoded on its own by {@link #text}.
     */
    private static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(new String(body, StandardCharsets.ISO_8859_1));
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String text(JsonNode value) {
        String raw = value.isValueNode() ? value.asText() : value.toString();
        // a character above 0xFF came from a JSON escape: it is already text, not raw bytes
        if (raw.chars().anyMatch(c -> c > 0xFF)) {
            return raw;
        }
        return RouterOsText.decode(raw.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String detail(JsonNode json) {
        if (json == null || !json.isObject()) {
            return "";
        }
        String message = json.path("message").asText("");
        String detail = json.path("detail").asText("");
        String both = (message + (detail.isEmpty() ? "" : ": " + detail)).strip();
        return both.isEmpty() ? "" : " " + PeerText.cut(both, 120);
    }
}
