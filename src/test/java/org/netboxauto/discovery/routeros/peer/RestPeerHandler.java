package org.netboxauto.discovery.routeros.peer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * RouterOS REST: GET of a menu returns a JSON array whose values are all strings; Basic auth;
 * {@code .proplist} and equality filters as query parameters; errors as RouterOS's JSON objects.
 */
final class RestPeerHandler implements HttpHandler {

    private final PeerOptions options;
    private final List<String> log;

    RestPeerHandler(PeerOptions options, List<String> log) {
        this.options = options;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (options.fault() == PeerFault.STALL) {
                stall();
                return;
            }
            if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"REST API\"");
                send(exchange, 401, "{\"error\":401,\"message\":\"Unauthorized\"}");
                return;
            }
            if (options.fault() == PeerFault.GARBAGE) {
                exchange.getResponseHeaders().add("Content-Type", "text/html");
                send(exchange, 200, "<html><body>RouterOS router configuration page</body></html>");
                return;
            }
            String menu = exchange.getRequestURI().getPath().substring("/rest/".length());
            List<Map<String, byte[]>> table = options.tables().byMenu().get(menu);
            if (!exchange.getRequestMethod().equals("GET") || table == null) {
                String unknown = options.tables().unknownSegment(menu);
                send(exchange, 400, "{\"detail\":\"no such command or directory (" + unknown
                        + ")\",\"error\":400,\"message\":\"Bad Request\"}");
                return;
            }
            if (options.fault() == PeerFault.NO_PERMISSION) {
                // [INF] the shape of RouterOS's policy refusal over REST
                send(exchange, 403,
                        "{\"error\":403,\"message\":\"Forbidden\",\"detail\":\"not enough permissions (9)\"}");
                return;
            }
            list(exchange, menu, table);
        }
    }

    private void list(HttpExchange exchange, String menu, List<Map<String, byte[]>> table) throws IOException {
        Set<String> proplist = new LinkedHashSet<>();
        Predicate<Map<String, byte[]>> filter = row -> true;
        String query = exchange.getRequestURI().getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (key.equals(".proplist")) {
                for (String p : value.split(",")) {
                    if (!p.isBlank()) {
                        proplist.add(p.strip());
                    }
                }
            } else {
                filter = filter.and(PeerRows.equality(key, value));
            }
        }
        log.add("GET /rest/" + menu + " .proplist=" + String.join(",", proplist));
        List<Map<String, byte[]>> rows = PeerRows.select(table, menu, options.version(), filter, proplist, true);
        byte[] body = RestJson.array(rows, options.fault() == PeerFault.HUGE_WORD);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (options.fault() == PeerFault.CLOSE_MID_REPLY) {
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, body.length / 2);
            out.flush();
            // the server notices the short body and drops the connection
            return;
        }
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return false;
        }
        String expected = options.user() + ":" + options.password();
        try {
            return new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8).equals(expected);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void stall() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    /** JSON as RouterOS writes it: every value a string, raw value bytes copied through. */
    static final class RestJson {
        private RestJson() {
        }

        static byte[] array(List<Map<String, byte[]>> rows, boolean hugeComment) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write('[');
            boolean firstRow = true;
            for (Map<String, byte[]> row : rows) {
                out.write(firstRow ? '{' : ',');
                if (!firstRow) {
                    out.write('{');
                }
                boolean firstKey = true;
                for (var e : row.entrySet()) {
                    if (!firstKey) {
                        out.write(',');
                    }
                    string(out, e.getKey().getBytes(StandardCharsets.UTF_8));
                    out.write(':');
                    string(out, e.getValue());
                    firstKey = false;
                }
                if (hugeComment && firstRow) {
                    out.writeBytes((",\"comment\":\"" + "x".repeat(1024 * 1024 + 16) + "\"")
                            .getBytes(StandardCharsets.UTF_8));
                }
                out.write('}');
                firstRow = false;
            }
            out.write(']');
            return out.toByteArray();
        }

        private static void string(ByteArrayOutputStream out, byte[] raw) {
            out.write('"');
            for (byte b : raw) {
                int c = b & 0xFF;
                if (c == '"' || c == '\\') {
                    out.write('\\');
                    out.write(c);
                } else if (c < 0x20) {
                    out.writeBytes(String.format("\\u%04x", c).getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(c);
                }
            }
            out.write('"');
        }
    }
}
