package org.netboxauto.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.netboxauto.config.NetBoxConfig;
import org.netboxauto.config.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link NetBoxClient} over Apache HttpClient 5, with the token, TLS trust and timeouts from {@code netbox}. */
public final class HttpNetBoxClient implements NetBoxClient {

    private static final Logger LOG = LoggerFactory.getLogger(HttpNetBoxClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String authorization;
    private final int pageSize;
    private final RetryPolicy retry;
    private final CloseableHttpClient http;
    private final AtomicLong requests = new AtomicLong();

    HttpNetBoxClient(URI base, Secret token, int pageSize, RetryPolicy retry, CloseableHttpClient http) {
        String url = base.toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.authorization = TokenHeader.of(token);
        this.pageSize = pageSize;
        this.retry = retry;
        this.http = http;
    }

    /** @throws IllegalArgumentException naming the key when {@code netbox.url} or {@code netbox.token} is missing */
    public static HttpNetBoxClient of(NetBoxConfig config, RetryPolicy retry) {
        URI url = config.url().orElseThrow(() -> new IllegalArgumentException(
                "netbox.url is not set; set it to NetBox's address, e.g. https://netbox.example.com"));
        Secret token = config.token().orElseThrow(() -> new IllegalArgumentException(
                "netbox.token is not set; create an API token in NetBox and set netbox.token or netbox.token-file"));
        return new HttpNetBoxClient(url, token, config.pageSize(), retry, PooledHttpClients.build(config));
    }

    @Override
    public URI baseUrl() {
        return base;
    }

    @Override
    public NetBoxVersion version() {
        JsonNode status = get("/api/status/");
        String raw = status.path("netbox-version").asText(null);
        NetBoxVersion version = NetBoxVersion.parse(raw).orElseThrow(() -> new NetBoxException(target("GET",
                "/api/status/"), "no netbox-version in the answer; is " + base + " a NetBox?"));
        if (!version.isSupported()) {
            throw new NetBoxException(target("GET", "/api/status/"), "NetBox " + raw
                    + " is not supported; netbox-auto works with NetBox 4.0 to 4.7");
        }
        return version;
    }

    @Override
    public List<JsonNode> list(String path, NetBoxQuery query) {
        String first = path + "?" + query.and("limit", Integer.toString(pageSize)).encoded();
        List<JsonNode> rows = new ArrayList<>();
        String next = first;
        long expected = -1;
        while (next != null) {
            JsonNode page = send(new HttpGet(resolve(next)), path);
            page.path("results").forEach(rows::add);
            if (expected < 0 && page.path("count").isNumber()) {
                expected = page.get("count").asLong();
            }
            next = nextPage(page.path("next"));
        }
        if (expected >= 0 && rows.size() != expected) {
            LOG.warn("{}: NetBox counted {} rows but its pages held {}; objects changed while reading", path,
                    expected, rows.size());
        }
        return rows;
    }

    /** NetBox builds {@code next} from the Host it was asked for, which is wrong behind a proxy: keep path and query. */
    private static String nextPage(JsonNode next) {
        if (next.isNull() || next.isMissingNode() || next.asText().isEmpty()) {
            return null;
        }
        URI uri = URI.create(next.asText());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    @Override
    public JsonNode get(String path) {
        return send(new HttpGet(resolve(path)), path);
    }

    @Override
    public JsonNode create(String path, JsonNode body) {
        HttpPost post = new HttpPost(resolve(path));
        post.setEntity(json(body));
        return send(post, path);
    }

    @Override
    public JsonNode update(String path, long id, JsonNode changes) {
        HttpPatch patch = new HttpPatch(resolve(path + id + "/"));
        patch.setEntity(json(changes));
        return send(patch, path);
    }

    @Override
    public void delete(String path, long id) {
        send(new HttpDelete(resolve(path + id + "/")), path);
    }

    @Override
    public JsonNode updateAll(String path, JsonNode changes) {
        HttpPatch patch = new HttpPatch(resolve(path));
        patch.setEntity(json(changes));
        return send(patch, path);
    }

    @Override
    public void deleteAll(String path, JsonNode ids) {
        HttpDelete delete = new HttpDelete(resolve(path));
        delete.setEntity(json(ids));
        send(delete, path);
    }

    @Override
    public long requestCount() {
        return requests.get();
    }

    private static StringEntity json(JsonNode body) {
        return new StringEntity(body.toString(), ContentType.APPLICATION_JSON);
    }

    private URI resolve(String pathAndQuery) {
        return base.resolve(pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
    }

    private String target(String method, String path) {
        return method + " " + base.resolve(path.substring(1)).toString().replaceAll("\\?.*", "");
    }

    private JsonNode send(HttpUriRequestBase request, String path) {
        boolean read = request.getMethod().equals("GET");
        String target = target(request.getMethod(), path);
        request.setHeader("Authorization", authorization);
        request.setHeader("Accept", "application/json");
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt + 1 >= retry.attempts();
            Answer answer;
            try {
                requests.incrementAndGet();
                answer = http.execute(request, HttpNetBoxClient::answer);
            } catch (SSLException e) {
                throw new NetBoxUnreachable(target, "TLS failed: " + e.getMessage(), e);
            } catch (InterruptedIOException e) {
                if (last || !read) {
                    throw new NetBoxUnreachable(target, "no answer within netbox.timeout (" + e.getMessage()
                            + "); raise netbox.timeout or check that NetBox is up", e);
                }
                pause(target, attempt, null, e.toString());
                continue;
            } catch (IOException e) {
                if (last || !read) {
                    throw new NetBoxUnreachable(target, "cannot reach NetBox: " + readable(e)
                            + "; check netbox.url and that NetBox is up", e);
                }
                pause(target, attempt, null, e.toString());
                continue;
            }
            if (answer.status() < 300) {
                return parse(target, answer.body());
            }
            if (!last && retry.retries(answer.status(), read)) {
                pause(target, attempt, answer.retryAfter(), "HTTP " + answer.status());
                continue;
            }
            throw NetBoxErrors.of(target, answer.status(), answer.body());
        }
    }

    private void pause(String target, int attempt, Duration retryAfter, String why) {
        Duration wait = retry.backoff(attempt, retryAfter);
        LOG.info("{}: {}, trying again in {} ms", target, why, wait.toMillis());
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetBoxException(target, "interrupted while waiting to retry", e);
        }
    }

    private static JsonNode parse(String target, String body) {
        if (body == null || body.isEmpty()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new NetBoxException(target, "the answer is not JSON (" + e.getMessage()
                    + "); is netbox.url NetBox's address?", e);
        }
    }

    private record Answer(int status, String body, Duration retryAfter) {
    }

    private static Answer answer(ClassicHttpResponse response) throws IOException {
        String body;
        try {
            body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(),
                    StandardCharsets.UTF_8);
        } catch (ParseException e) {
            throw new IOException("unreadable answer: " + e.getMessage(), e);
        }
        Header after = response.getFirstHeader("Retry-After");
        Duration retryAfter = null;
        if (after != null && after.getValue().strip().matches("\\d{1,5}")) {
            retryAfter = Duration.ofSeconds(Long.parseLong(after.getValue().strip()));
        }
        return new Answer(response.getCode(), body, retryAfter);
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
    private static String readable(IOException e) {
        if (e instanceof javax.net.ssl.SSLException) {
            return "TLS failed: " + e.getMessage();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
