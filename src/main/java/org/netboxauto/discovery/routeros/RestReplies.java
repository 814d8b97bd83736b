package org.netboxauto.discovery.routeros;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netboxauto.discovery.CollectorException;

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
        if (json == null || !json.isArray()) {
            throw new ApiProtocolException("the answer to GET " + path + " is not a RouterOS REST list");
        }
        List<Map<String, String>> rows = new ArrayList<>(json.size());
        for (JsonNode item : json) {
            if (!item.isObject()) {
                throw new ApiProtocolException("the answer to GET " + path + " holds a non-object item");
            }
            Map<String, String> row = new LinkedHashMap<>();
            item.properties().forEach(e -> row.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText()
                    : e.getValue().toString()));
            rows.add(row);
        }
        return rows;
    }

    /** The JSON, or null when the body is not JSON. Bytes that are not UTF-8 get the same fallback as the API. */
    private static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(RouterOsText.decode(body));
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String detail(JsonNode json) {
        if (json == null || !json.isObject()) {
            return "";
        }
        String message = json.path("message").asText("");
        String detail = json.path("detail").asText("");
        String both = (message + (detail.isEmpty() ? "" : ": " + detail)).strip();
        return both.isEmpty() ? "" : " " + Printable.of(both);
    }
}
