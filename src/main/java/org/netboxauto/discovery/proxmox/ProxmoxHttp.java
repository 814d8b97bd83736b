package org.netboxauto.discovery.proxmox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.netboxauto.core.PeerText;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.net.BoundedInputStream;
import org.netboxauto.net.Deadline;
import org.netboxauto.net.PeerTrust;

/**
 * JSON over HTTPS to one pveproxy, unwrapping the {@code {"data": …}} envelope. Each request ends within the
 * source's timeout, and no answer is read past {@link #MAX_BODY}.
 */
final class ProxmoxHttp implements AutoCloseable {

    /** The cluster's resource list for thousands of guests is a few MiB. */
    static final long MAX_BODY = 64L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final Duration timeout;
    private final CloseableHttpClient client;
    private final ProxmoxFailures failures;
    private volatile String authorization;
    private volatile String cookie;

    ProxmoxHttp(URI url, PeerTrust trust, Duration timeout, int connections, ProxmoxFailures failures) {
        String root = url.toString().replaceAll("/+$", "");
        this.base = URI.create(root.endsWith("/api2/json") ? root : root + "/api2/json");
        this.failures = failures;
        this.timeout = timeout;
        Timeout t = Timeout.of(timeout);
        var tls = trust.checkHostname() ? new DefaultClientTlsStrategy(trust.sslContext())
                : new DefaultClientTlsStrategy(trust.sslContext(), HostnameVerificationPolicy.CLIENT,
                        NoopHostnameVerifier.INSTANCE);
        var connectionManager = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(tls)
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(t).setSocketTimeout(t).build())
                .setMaxConnTotal(connections).setMaxConnPerRoute(connections)
                .build();
        client = HttpClients.custom().setConnectionManager(connectionManager)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(t).build())
                .disableAutomaticRetries().disableCookieManagement().disableRedirectHandling()
                .build();
    }

    void useToken(String tokenId, String secret) {
        authorization = "PVEAPIToken=" + tokenId + "=" + secret;
    }

    void useTicket(String ticket) {
        cookie = "PVEAuthCookie=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8);
    }

    /** The {@code data} of {@code GET path}; may be a JSON null. */
    JsonNode get(String path) throws ProxmoxReplyException, CollectorException {
        return send(new HttpGet(base + path), path);
    }

    JsonNode post(String path, List<NameValuePair> form) throws ProxmoxReplyException,
            CollectorException {
        HttpPost post = new HttpPost(base + path);
        post.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));
        return send(post, path);
    }

    private JsonNode send(HttpUriRequestBase request, String path) throws ProxmoxReplyException,
            CollectorException {
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        if (cookie != null) {
            request.setHeader("Cookie", cookie);
        }
        Reply reply;
        boolean[] answered = new boolean[1];
        try (Deadline deadline = Deadline.after(timeout, request::cancel)) {
            try {
                reply = client.execute(request, response -> {
                    answered[0] = true;
                    return read(request, response);
                });
            } catch (BoundedInputStream.TooLarge e) {
                throw failures.tooLarge(request.getMethod() + " " + path, e);
            } catch (IOException e) {
                // a peer that never started answering is down; one that started and never finished is too slow
                throw deadline.expired() && answered[0] ? failures.overDeadline(request.getMethod() + " " + path, e)
                        : failures.transport(request.getMethod() + " " + path, deadline.expired()
                                ? new SocketTimeoutException("no answer") : e);
            }
        }
        return reply.unwrap(path, failures);
    }

    /** Reads the whole body, at most {@link #MAX_BODY}; on failure the connection is dropped, not drained. */
    private static Reply read(HttpUriRequestBase request, ClassicHttpResponse response) throws IOException {
        try {
            HttpEntity entity = response.getEntity();
            if (entity != null && entity.getContentLength() > MAX_BODY) {
                throw new BoundedInputStream.TooLarge(MAX_BODY, entity.getContentLength());
            }
            byte[] body = entity == null ? new byte[0] : BoundedInputStream.readAll(entity.getContent(), MAX_BODY);
            return new Reply(response.getCode(), response.getReasonPhrase(), body);
        } catch (IOException | RuntimeException e) {
            request.cancel();
            throw e;
        }
    }

    private record Reply(int status, String reason, byte[] body) {

        JsonNode unwrap(String path, ProxmoxFailures failures) throws ProxmoxReplyException,
                CollectorException {
            JsonNode json = parse();
            if (status >= 400 || status < 200) {
                String message = json != null && json.path("message").isTextual() ? json.path("message").asText()
                        : reason;
                throw new ProxmoxReplyException(status, path, message == null ? "" : PeerText.clean(message.strip()));
            }
            if (json == null || !json.isObject() || !json.has("data")) {
                throw failures.notProxmox("GET " + path, new String(body, 0, Math.min(body.length, 200),
                        StandardCharsets.UTF_8));
            }
            return json.get("data");
        }

        private JsonNode parse() {
            try {
                return body.length == 0 ? null : JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
    }
}
