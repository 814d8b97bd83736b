package org.netboxauto.netbox.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * A stateful NetBox on loopback over real HTTP(S). Every request and response is checked against
 * NetBox's OpenAPI document; requests NetBox refuses get NetBox's status and body. Behaviour per
 * API-NOTES.md for the chosen {@link NetBoxMode}.
 */
public final class FakeNetBox implements AutoCloseable {

    public static final String V1_TOKEN = "0123456789abcdef0123456789abcdef01234567";
    public static final String V1_READ_ONLY = "fedcba9876543210fedcba9876543210fedcba98";
    public static final String V2_KEY = "abcdefghijkl";
    public static final String V2_SECRET = "s3cr3tV2tokenValue0123456789abcdefghijk";
    public static final String V2_TOKEN = "nbt_" + V2_KEY + "." + V2_SECRET;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final FakeApi api;
    private final FakeAuth auth;
    private final NetBoxMode mode;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Integer> injected = new ArrayDeque<>();
    private boolean dropNext;
    private long writes;
    private final Map<Long, Integer> failAt = new java.util.HashMap<>();
    private final Map<Long, WriteHold> holdAt = new java.util.HashMap<>();

    private FakeNetBox(NetBoxMode mode, SSLContext tls) throws IOException {
        this.mode = mode;
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (tls == null) {
            server = HttpServer.create(loopback, 0);
        } else {
            HttpsServer https = HttpsServer.create(loopback, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        }
        String base = (tls == null ? "http" : "https") + "://127.0.0.1:" + server.getAddress().getPort();
        this.api = new FakeApi(new FakeStore(base), mode);
        this.auth = new FakeAuth(mode);
        auth.addV1(V1_TOKEN, true);
        auth.addV1(V1_READ_ONLY, false);
        auth.addV2(V2_KEY, V2_SECRET, true);
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "netbox-fake");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
    }

    public static FakeNetBox start(NetBoxMode mode) {
        return start(mode, null);
    }

    public static FakeNetBox start(NetBoxMode mode, SSLContext tls) {
        try {
            return new FakeNetBox(mode, tls);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI url() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort());
    }

    public NetBoxMode mode() {
        return mode;
    }

    /** Makes {@code /api/status/} report another release, e.g. one netbox-auto does not support. */
    public FakeNetBox reportingVersion(String version) {
        api.reportVersion(version);
        return this;
    }

    /** The next requests are answered with these statuses (e.g. 503), before any real work. */
    public synchronized FakeNetBox failNext(int... statuses) {
        for (int s : statuses) {
            injected.add(s);
        }
        return this;
    }

    /** The write (POST, PATCH or DELETE) {@code n} writes from now, counting from 0, gets this status before any work. */
    public synchronized FakeNetBox failWrite(int n, int status) {
        failAt.put(writes + n, status);
        return this;
    }

    /** The write {@code n} writes from now is applied, then its answer waits until {@link WriteHold#release}. */
    public synchronized WriteHold holdAfterWrite(int n) {
        WriteHold hold = new WriteHold();
        holdAt.put(writes + n, hold);
        return hold;
    }

    /** Writes (POST, PATCH, DELETE) received so far. */
    public synchronized long writes() {
        return writes;
    }

    /** A write's answer held back: {@link #reached} opens once it was applied. */
    public static final class WriteHold {
        private final java.util.concurrent.CountDownLatch reached = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);

        public boolean reached(java.time.Duration within) throws InterruptedException {
            return reached.await(within.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        public void release() {
            released.countDown();
        }
    }

    /** The next request's connection is closed without an answer. */
    public synchronized FakeNetBox dropNextConnection() {
        dropNext = true;
        return this;
    }

    /** Creates an object as a POST would, without HTTP: for seeding. Rejections throw. */
    public JsonNode create(String path, JsonNode body) {
        synchronized (api) {
            return api.create(FakeType.BY_PATH.get(path), body);
        }
    }

    public JsonNode create(String path, String json) {
        try {
            return create(path, JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Updates an object as a PATCH would, without HTTP. */
    public JsonNode update(String path, long id, String json) {
        try {
            synchronized (api) {
                return api.handle("PATCH", path + id + "/", Map.of(), JSON.readTree(json), url() + path).body();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes an object as a DELETE would, without HTTP: someone else's change between preview and push. */
    public void delete(String path, long id) {
        synchronized (api) {
            api.handle("DELETE", path + id + "/", Map.of(), null, url() + path);
        }
    }

    public JsonNode get(String path, long id) {
        synchronized (api) {
            return api.handle("GET", path + id + "/", Map.of(), null, url() + path).body();
        }
    }

    /** The stored rows of one model (related objects as ids), for assertions. */
    public List<ObjectNode> rows(String contentType) {
        synchronized (api) {
            return api.rows(contentType);
        }
    }

    /**
     * Stores a row as the fake keeps it (related objects as ids) without validation or rules, and
     * returns its id: for loading large inventories fast. Reads then serve it like any other row.
     */
    public long load(String contentType, ObjectNode row) {
        synchronized (api) {
            return api.load(FakeType.BY_CONTENT_TYPE.get(contentType), row);
        }
    }

    /** Every request seen, as {@code METHOD /path?query}. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Responses that strayed from the schema: a bug in the fake; tests assert this stays empty. */
    public List<String> schemaViolations() {
        return List.copyOf(violations);
    }

    private void exchange(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            URI uri = ex.getRequestURI();
            requests.add(method + " " + uri);
            ex.getResponseHeaders().add("API-Version", mode.apiVersion());
            ex.getResponseHeaders().add("X-Request-ID", UUID.randomUUID().toString());
            WriteHold hold = null;
            synchronized (this) {
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    long n = writes++;
                    Integer fail = failAt.remove(n);
                    if (fail != null) {
                        send(ex, fail, JSON.readTree("{\"detail\": \"injected " + fail + "\"}"));
                        return;
                    }
                    hold = holdAt.remove(n);
                }
                if (dropNext) {
                    dropNext = false;
                    ex.getResponseBody().close();
                    return;
                }
                Integer status = injected.poll();
                if (status != null) {
                    send(ex, status, JSON.readTree("{\"detail\": \"injected " + status + "\"}"));
                    return;
                }
            }
            byte[] raw = ex.getRequestBody().readAllBytes();
            try {
                FakeApi.Answer answer = answer(ex, method, uri, raw);
                if (answer.body() != null) {
                    checkResponse(method, uri, answer);
                }
                if (hold != null) {
                    hold.reached.countDown();
                    try {
                        hold.released.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                send(ex, answer.status(), answer.body());
            } catch (FakeRejection r) {
                send(ex, r.status, r.body);
            }
        } catch (RuntimeException e) {
            violations.add("fake crashed on " + ex.getRequestMethod() + " " + ex.getRequestURI() + ": " + e);
            throw e;
        }
    }

    private FakeApi.Answer answer(HttpExchange ex, String method, URI uri, byte[] raw) throws IOException {
        String path = uri.getRawPath();
        boolean unsafe = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        if (!path.endsWith("/")) {
            if (unsafe) {
                throw FakeRejection.detail(404, "Not found.");
            }
            ex.getResponseHeaders().add("Location", path + "/" + (uri.getRawQuery() == null ? ""
                    : "?" + uri.getRawQuery()));
            return new FakeApi.Answer(301, null, null, null);
        }
        auth.check(ex.getRequestHeaders().getFirst("Authorization"), unsafe);
        JsonNode body = null;
        if (unsafe && raw.length > 0) {
            try {
                body = JSON.readTree(raw);
            } catch (IOException e) {
                throw FakeRejection.detail(400, "JSON parse error - " + e.getMessage());
            }
        }
        if (unsafe && !method.equals("DELETE") && body == null) {
            throw FakeRejection.field("non_field_errors", "No data provided");
        }
        String base = url() + path;
        return api.handle(method, path, query(uri.getRawQuery()), body, base);
    }

    private void checkResponse(String method, URI uri, FakeApi.Answer answer) {
        if (answer.schemaPath() == null) {
            return;
        }
        JsonNode op = OpenApi.get().operation(answer.schemaPath(), answer.method()).orElse(null);
        if (op == null) {
            violations.add(method + " " + uri + ": no operation " + answer.method() + " " + answer.schemaPath());
            return;
        }
        JsonNode schema = op.path("responses").path(Integer.toString(answer.status())).path("content")
                .path("application/json").path("schema");
        if (schema.isMissingNode()) {
            violations.add(method + " " + uri + ": the schema has no " + answer.status() + " answer");
            return;
        }
        List<JsonNode> bodies = new ArrayList<>();
        if (answer.body().isArray() && "array".equals(schema.path("type").asText())) {
            // a bulk PATCH answers with a list, which the schema types as one
            schema = schema.path("items");
            answer.body().forEach(bodies::add);
        } else if (answer.body().isArray()) {
            // a bulk POST answers with a list; the 4.6.0 schema only types the single object
            answer.body().forEach(bodies::add);
        } else {
            bodies.add(answer.body());
        }
        for (JsonNode b : bodies) {
            JsonNode copy = b.deepCopy();
            if (!mode.scopes() && copy instanceof ObjectNode o) {
                // before 4.2 prefixes and clusters name a site; the 4.6.0 schema has scopes instead
                siteAsNullScope(o);
                o.path("results").forEach(r -> siteAsNullScope((ObjectNode) r));
            }
            if (mode.is47() && copy instanceof ObjectNode o) {
                // 4.7 adds is_primary to MACs; the 4.6.0 schema predates it
                o.remove("is_primary");
                o.path("results").forEach(r -> ((ObjectNode) r).remove("is_primary"));
            }
            Map<String, List<String>> errors = SchemaCheck.response(copy, schema);
            if (!errors.isEmpty()) {
                violations.add(method + " " + uri + ": " + errors);
            }
        }
    }

    private static void siteAsNullScope(ObjectNode o) {
        if (o.has("site") && !o.has("scope") && (o.has("prefix") || o.has("virtualmachine_count"))) {
            o.remove("site");
            o.putNull("scope_type");
            o.putNull("scope_id");
            o.putNull("scope");
        }
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return params;
    }

    private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        if (body == null) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
