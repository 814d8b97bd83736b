package org.netboxauto.netbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPatch;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.netboxauto.config.NetBoxConfig;
import org.netboxauto.config.Secret;
import org.netboxauto.core.PeerText;
import org.netboxauto.net.TlsFailureText;
import org.netboxauto.net.BoundedInputStream;
import org.netboxauto.net.Deadline;
import org.netboxauto.net.Readable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link NetBoxClient} over Apache HttpClient 5, with the token, TLS trust and timeouts from {@code netbox}.
 * Every request with its retries ends within {@code netbox.timeout}, and no answer is read past
 * {@code netbox.max-response}.
 */
public final class HttpNetBoxClient implements NetBoxClient {

    private static final Logger LOG = LoggerFactory.getLogger(HttpNetBoxClient.class);
    /** How much of an error body is read for its message. */
    static final int ERROR_BODY_LIMIT = 64 * 1024;
    /** A reachability check is one try this short (or {@code netbox.timeout} when that is shorter). */
    static final Duration PROBE_BUDGET = Duration.ofSeconds(1);
    /** Rows one endpoint may send when NetBox gives no count, before the read is taken for endless. */
    static final long MAX_ROWS = 20_000_000;
    private static final RetryPolicy ONCE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    private final URI base;
    private final String authorization;
    private final int pageSize;
    private final RetryPolicy retry;
    private final Duration timeout;
    private final long maxResponse;
    private final CloseableHttpClient http;
    private final AtomicLong requests = new AtomicLong();

    HttpNetBoxClient(URI base, Secret token, NetBoxConfig config, RetryPolicy retry, CloseableHttpClient http) {
        String url = base.toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.authorization = TokenHeader.of(token);
        this.pageSize = config.pageSize();
        this.timeout = config.timeout();
        this.maxResponse = config.maxResponse();
        this.retry = retry;
        this.http = http;
    }

    /** @throws IllegalArgumentException naming the key when {@code netbox.url} or {@code netbox.token} is missing */
    public static HttpNetBoxClient of(NetBoxConfig config, RetryPolicy retry) {
        URI url = config.url().orElseThrow(() -> new IllegalArgumentException(
                "netbox.url is not set; set it to NetBox's address, e.g. https://netbox.example.com"));
        Secret token = config.token().orElseThrow(() -> new IllegalArgumentException(
                "netbox.token is not set; create an API token in NetBox and set netbox.token or netbox.token-file"));
        return new HttpNetBoxClient(url, token, config, retry, PooledHttpClients.build(config));
    }

    @Override
    public URI baseUrl() {
        return base;
    }

    @Override
    public NetBoxVersion version() {
        return version(get("/api/status/"));
    }

    @Override
    public NetBoxVersion probe() {
        Duration budget = timeout.compareTo(PROBE_BUDGET) < 0 ? timeout : PROBE_BUDGET;
        return version(call(() -> new HttpGet(resolve("/api/status/")), "/api/status/", ONCE, budget,
                HttpNetBoxClient::tree));
    }

    private NetBoxVersion version(JsonNode status) {
        String raw = status.path("netbox-version").asText(null);
        NetBoxVersion version = NetBoxVersion.parse(raw).orElseThrow(() -> new NetBoxException(target("GET",
                "/api/status/"), "no netbox-version in the answer; is " + base + " a NetBox?"));
        raw = PeerText.cut(raw, 40);
        if (!version.isSupported()) {
            throw new NetBoxException(target("GET", "/api/status/"), "NetBox " + raw
                    + " is not supported; netbox-auto works with NetBox 4.0 to 4.7");
        }
        return version;
    }

    @Override
    public List<JsonNode> list(String path, NetBoxQuery query) {
        List<JsonNode> rows = new ArrayList<>();
        each(path, query, UnaryOperator.identity(), rows::add);
        return rows;
    }

    @Override
    public void each(String path, NetBoxQuery query, UnaryOperator<JsonNode> shape, Consumer<JsonNode> row) {
        String query0 = query.and("limit", Integer.toString(pageSize)).encoded();
        NextLinks links = new NextLinks(path);
        links.first(query0);
        String next = query0;
        long expected = -1;
        long read = 0;
        while (next != null) {
            String pageQuery = next;
            PageReader.Page page = call(() -> new HttpGet(resolve(path + "?" + pageQuery)), path, retry, timeout,
                    in -> PageReader.read(in, shape));
            page.rows().forEach(row);
            read += page.rows().size();
            if (expected < 0 && page.count() >= 0) {
                expected = page.count();
            }
            next = page.next() == null ? null : nextQuery(links, path, page, read, expected);
        }
        if (expected >= 0 && read != expected) {
            LOG.warn("{}: NetBox counted {} rows but its pages held {}; objects changed while reading", path,
                    expected, read);
        }
    }

    /** NetBox builds {@code next} from the Host it was asked for, which is wrong behind a proxy: keep only the query. */
    private String nextQuery(NextLinks links, String path, PageReader.Page page, long read, long expected) {
        String target = target("GET", path);
        if (page.rows().isEmpty()) {
            throw new NetBoxException(target, "NetBox sent an empty page with a link to another; the read was"
                    + " stopped. Check NetBox's pagination settings (MAX_PAGE_SIZE)");
        }
        if (expected >= 0 ? read > expected * 2 + pageSize : read > MAX_ROWS) {
            throw new NetBoxException(target, "NetBox keeps sending pages: " + read + " rows read"
                    + (expected >= 0 ? " where it counted " + expected : "") + "; the read was stopped");
        }
        try {
            return links.follow(page.next());
        } catch (IllegalStateException e) {
            throw new NetBoxException(target, "NetBox's answer cannot be followed: " + e.getMessage()
                    + ". The read was stopped; check NetBox and any proxy in front of it");
        }
    }

    @Override
    public JsonNode get(String path) {
        return send(() -> new HttpGet(resolve(path)), path);
    }

    @Override
    public JsonNode create(String path, JsonNode body) {
        return send(() -> withBody(new HttpPost(resolve(path)), body), path);
    }

    @Override
    public JsonNode update(String path, long id, JsonNode changes) {
        return send(() -> withBody(new HttpPatch(resolve(path + id + "/")), changes), path);
    }

    @Override
    public void delete(String path, long id) {
        send(() -> new HttpDelete(resolve(path + id + "/")), path);
    }

    @Override
    public JsonNode updateAll(String path, JsonNode changes) {
        return send(() -> withBody(new HttpPatch(resolve(path)), changes), path);
    }

    @Override
    public void deleteAll(String path, JsonNode ids) {
        send(() -> withBody(new HttpDelete(resolve(path)), ids), path);
    }

    @Override
    public long requestCount() {
        return requests.get();
    }

    private static HttpUriRequestBase withBody(HttpUriRequestBase request, JsonNode body) {
        request.setEntity(new StringEntity(body.toString(), ContentType.APPLICATION_JSON));
        return request;
    }

    private URI resolve(String pathAndQuery) {
        return base.resolve(pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
    }

    private String target(String method, String path) {
        return method + " " + base.resolve(path.substring(1)).toString().replaceAll("\\?.*", "");
    }

    /** @param requests a new request for each attempt: an aborted one cannot be sent again */
    private JsonNode send(Supplier<HttpUriRequestBase> requests, String path) {
        return call(requests, path, retry, timeout, HttpNetBoxClient::tree);
    }

    /** What a successful answer's body becomes, read from the (size-bounded) stream. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    /**
     * One request with its retries, all within {@code budget}: each attempt is aborted when the budget runs out,
     * and a retry whose wait would pass it is not made.
     */
    private <T> T call(Supplier<HttpUriRequestBase> requests, String path, RetryPolicy policy, Duration budget,
                       BodyReader<T> reader) {
        long end = System.nanoTime() + budget.toNanos();
        for (int attempt = 0; ; attempt++) {
            HttpUriRequestBase request = requests.get();
            boolean read = request.getMethod().equals("GET");
            String target = target(request.getMethod(), path);
            request.setHeader("Authorization", authorization);
            request.setHeader("Accept", "application/json");
            boolean last = attempt + 1 >= policy.attempts();
            Duration left = Duration.ofNanos(end - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                throw overBudget(target, budget, false, null);
            }
            Answer<T> answer;
            boolean[] answered = new boolean[1];
            try (Deadline deadline = Deadline.after(left, request::cancel)) {
                try {
                    this.requests.incrementAndGet();
                    answer = http.execute(request, response -> {
                        answered[0] = true;
                        return answer(request, response, reader);
                    });
                } catch (JsonProcessingException e) {
                    throw new NetBoxException(target, "the answer is not JSON (" + PeerText.clean(
                            e.getOriginalMessage()) + "); is netbox.url NetBox's address?", e);
                } catch (BoundedInputStream.TooLarge e) {
                    throw new NetBoxException(target, e.getMessage() + " (netbox.max-response); the read was"
                            + " stopped. Raise netbox.max-response or lower netbox.page-size", e);
                } catch (SSLException e) {
                    throw deadline.expired() ? overBudget(target, budget, answered[0], e)
                            : new NetBoxUnreachable(target, "TLS failed: " + TlsFailureText.of(e), e);
                } catch (IOException | RuntimeException e) {
                    if (deadline.expired()) {
                        throw overBudget(target, budget, answered[0], e);
                    }
                    if (e instanceof RuntimeException r && !(e.getCause() instanceof IOException)) {
                        throw r;
                    }
                    if (last || !read) {
                        throw e instanceof InterruptedIOException
                                ? new NetBoxUnreachable(target, "no answer within netbox.timeout (" + e.getMessage()
                                        + "); raise netbox.timeout or check that NetBox is up", e)
                                : new NetBoxUnreachable(target, "cannot reach NetBox: " + readable(e)
                                        + "; check netbox.url and that NetBox is up", e);
                    }
                    pause(target, policy, attempt, null, PeerText.clean(e.toString()), end, budget);
                    continue;
                }
            }
            if (answer.status() < 300) {
                return answer.value();
            }
            if (!last && policy.retries(answer.status(), read)) {
                pause(target, policy, attempt, answer.retryAfter(), "HTTP " + answer.status(), end, budget);
                continue;
            }
            throw NetBoxErrors.of(target, answer.status(), answer.error());
        }
    }

    /** @param answered whether NetBox began an answer: a silent NetBox is down, a slow one needs more time */
    private NetBoxException overBudget(String target, Duration budget, boolean answered, Throwable cause) {
        return new NetBoxUnreachable(target, answered
                ? "no complete answer within netbox.timeout (" + Readable.duration(budget) + "); NetBox answered too"
                        + " slowly or without end. Raise netbox.timeout or check NetBox"
                : "no answer within netbox.timeout (" + Readable.duration(budget) + "); raise netbox.timeout or"
                        + " check that NetBox is up", cause);
    }

    private void pause(String target, RetryPolicy policy, int attempt, Duration retryAfter, String why, long end,
                       Duration budget) {
        Duration wait = policy.backoff(attempt, retryAfter);
        if (System.nanoTime() + wait.toNanos() >= end) {
            throw new NetBoxUnreachable(target, why + " and NetBox asks to wait " + Readable.duration(wait)
                    + ", which passes netbox.timeout (" + Readable.duration(budget) + "); try again later or raise"
                    + " netbox.timeout", null);
        }
        LOG.info("{}: {}, trying again in {} ms", target, why, wait.toMillis());
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetBoxException(target, "interrupted while waiting to retry", e);
        }
    }

    private static JsonNode tree(InputStream body) throws IOException {
        JsonNode tree = PageReader.JSON.readTree(body);
        return tree == null || tree.isMissingNode() ? PageReader.JSON.nullNode() : tree;
    }

    /** @param value the parsed body of a success; @param error the start of the body of a failure */
    private record Answer<T>(int status, T value, String error, Duration retryAfter) {
    }

    /**
     * Reads the answer; on any failure, and after a body that goes on past its end, the connection is aborted
     * so that HttpClient does not read the rest of an endless body to reuse it.
     */
    private <T> Answer<T> answer(HttpUriRequestBase request, ClassicHttpResponse response, BodyReader<T> reader)
            throws IOException {
        try {
            return read(request, response, reader);
        } catch (IOException | RuntimeException e) {
            request.cancel();
            throw e;
        }
    }

    private <T> Answer<T> read(HttpUriRequestBase request, ClassicHttpResponse response, BodyReader<T> reader)
            throws IOException {
        int status = response.getCode();
        HttpEntity entity = response.getEntity();
        if (entity != null && entity.getContentLength() > maxResponse) {
            throw new BoundedInputStream.TooLarge(maxResponse, entity.getContentLength());
        }
        if (status < 300) {
            if (entity == null) {
                return new Answer<>(status, reader.read(InputStream.nullInputStream()), null, null);
            }
            InputStream in = new BoundedInputStream(entity.getContent(), maxResponse);
            T value = reader.read(in);
            if (in.skip(ERROR_BODY_LIMIT) >= ERROR_BODY_LIMIT) {
                request.cancel();
            }
            return new Answer<>(status, value, null, null);
        }
        String body = "";
        if (entity != null) {
            body = new String(entity.getContent().readNBytes(ERROR_BODY_LIMIT), StandardCharsets.UTF_8);
            request.cancel();
        }
        Header after = response.getFirstHeader("Retry-After");
        Duration retryAfter = null;
        if (after != null && after.getValue().strip().matches("\\d{1,5}")) {
            retryAfter = Duration.ofSeconds(Long.parseLong(after.getValue().strip()));
        }
        return new Answer<>(status, null, body, retryAfter);
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            LOG.debug("closing the NetBox connections", e);
        }
    }

    /** The exception's own words: "Connection refused", "TLS: ...", not a Java class name. */
    private static String readable(Exception e) {
        if (e instanceof javax.net.ssl.SSLException s) {
            return "TLS failed: " + TlsFailureText.of(s);
        }
        return e.getMessage() != null ? PeerText.clean(e.getMessage()) : "the connection failed";
    }
}
