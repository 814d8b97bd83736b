package org.netboxauto.discovery.proxmox.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/** Writes replies the way pveproxy does: envelope, headers, gzip, error bodies, unstable key order. */
final class PeerReplies {

    private final Random random;
    private final AtomicInteger gzipped = new AtomicInteger();
    private final boolean legacyErrors;

    PeerReplies(long seed, boolean legacyErrors) {
        this.random = new Random(seed);
        this.legacyErrors = legacyErrors;
    }

    void data(HttpExchange exchange, JsonNode payload) throws IOException {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.set("data", payload);
        send(exchange, 200, shuffled(envelope).toString().getBytes(StandardCharsets.UTF_8));
    }

    /** An error as PVE sends it; the body of a 401 is empty, older servers leave out {@code message}. */
    void error(HttpExchange exchange, int status, String message) throws IOException {
        exchange.getResponseHeaders().set("Connection", "close");
        if (status == 401) {
            send(exchange, status, new byte[0]);
            return;
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putNull("data");
        if (!legacyErrors) {
            body.put("message", message + "\n");
        }
        send(exchange, status, shuffled(body).toString().getBytes(StandardCharsets.UTF_8));
    }

    void garbage(HttpExchange exchange) throws IOException {
        byte[] page = "<html><head><title>Sign in</title></head><body>Proxy login</body></html>"
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, page.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
        }
    }

    /** Promises a whole reply, sends half of it and drops the connection. */
    void halfThenClose(HttpExchange exchange, JsonNode payload) throws IOException {
        byte[] body = ("{\"data\":" + payload + "}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(200, body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        exchange.close();
    }

    private void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Server", "pve-api-daemon/3.0");
        headers.set("Cache-Control", "max-age=0");
        headers.set("Content-Type", "application/json;charset=UTF-8");
        String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (body.length > 1024 && accepted != null && accepted.contains("gzip")) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(body);
            }
            body = zipped.toByteArray();
            headers.set("Content-Encoding", "gzip");
            gzipped.incrementAndGet();
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    int gzipped() {
        return gzipped.get();
    }

    /** Perl hashes have no stable order, so neither do the peer's objects. */
    JsonNode shuffled(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
            synchronized (random) {
                Collections.shuffle(fields, random);
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            fields.forEach(f -> out.set(f.getKey(), shuffled(f.getValue())));
            return out;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            array.forEach(item -> out.add(shuffled(item)));
            return out;
        }
        return node;
    }
}
