package org.netboxauto.discovery.proxmox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.net.PeerTrust;

/** JSON over HTTPS to one pveproxy, unwrapping the {@code {"data": …}} envelope. */
final class ProxmoxHttp implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final CloseableHttpClient client;
    private final ProxmoxFailures failures;
    private volatile String authorization;
    private volatile String cookie;

    ProxmoxHttp(URI url, PeerTrust trust, Duration timeout, int connections, ProxmoxFailures failures) {
        String root = url.toString().replaceAll("/+$", "");
        this.base = URI.create(root.endsWith("/api2/json") ? root : root + "/api2/json");
        this.failures = failures;
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

    private JsonNode send(ClassicHttpRequest request, String path) throws ProxmoxReplyException,
            CollectorException {
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        if (cookie != null) {
            request.setHeader("Cookie", cookie);
        }
        Reply reply;
        try {
            reply = client.execute(request, ProxmoxHttp::read);
        } catch (IOException e) {
            throw failures.transport(request.getMethod() + " " + path, e);
        }
        return reply.unwrap(path, failures);
    }

    private static Reply read(ClassicHttpResponse response) throws IOException {
        byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
        return new Reply(response.getCode(), response.getReasonPhrase(), body);
    }

    private record Reply(int status, String reason, byte[] body) {

        JsonNode unwrap(String path, ProxmoxFailures failures) throws ProxmoxReplyException,
                CollectorException {
            JsonNode json = parse();
            if (status >= 400 || status < 200) {
                String message = json != null && json.path("message").isTextual() ? json.path("message").asText()
                        : reason;
                throw new ProxmoxReplyException(status, path, message == null ? "" : message.strip());
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
