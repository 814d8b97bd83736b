package org.netboxauto.discovery.routeros;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.netboxauto.config.Secret;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.discovery.routeros.ApiProtocolException.Kind;
import org.netboxauto.net.PeerTrust;

/** The RouterOS 7 REST API over HTTPS: one GET per table, Basic auth, certificate checked by {@link PeerTrust}. */
final class RouterOsRestClient implements RouterOsClient {

    /** A JSON body larger than this is not a table we can hold; the API transport streams instead. */
    private static final int MAX_BODY = 256 * 1024 * 1024;

    private final CloseableHttpClient http;
    private final RouterOsTarget target;
    private final String authorization;
    private final Duration timeout;

    private RouterOsRestClient(CloseableHttpClient http, RouterOsTarget target, Secret password, Duration timeout) {
        this.http = http;
        this.target = target;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (target.username() + ":" + password.reveal()).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
    }

    static RouterOsRestClient open(RouterOsTarget target, Secret password, PeerTrust trust, Duration timeout,
                                   Consumer<AutoCloseable> register) {
        Timeout limit = Timeout.ofMilliseconds(Math.max(1, timeout.toMillis()));
        var tls = ClientTlsStrategyBuilder.create().setSslContext(trust.sslContext());
        if (!trust.checkHostname()) {
            tls.setHostnameVerifier(NoopHostnameVerifier.INSTANCE);
        }
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(tls.buildClassic())
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(limit)
                        .setSocketTimeout(limit).build())
                .build();
        CloseableHttpClient http = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit).build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
        register.accept(() -> http.close(CloseMode.IMMEDIATE));
        return new RouterOsRestClient(http, target, password, timeout);
    }

    @Override
    public List<Map<String, String>> print(String menu, List<String> properties)
            throws CollectorException, InterruptedException {
        String path = "/rest/" + menu;
        URI uri = URI.create("https://" + target.address() + path + "?.proplist="
                + URLEncoder.encode(String.join(",", properties), StandardCharsets.UTF_8));
        HttpGet get = new HttpGet(uri);
        get.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        get.setHeader(HttpHeaders.ACCEPT, "application/json");
        try {
            return http.execute(get, response -> {
                byte[] body = readBody(response.getEntity() == null ? InputStream.nullInputStream()
                        : response.getEntity().getContent());
                return RestReplies.rows(response.getCode(), body, path, target);
            });
        } catch (RestReplies.Refused e) {
            throw e.reason();
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("cancelled while reading " + path);
            }
            throw NetworkFailures.explain(e, target, timeout, "www-ssl (REST)");
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new ApiProtocolException(Kind.TOO_BIG, "the REST reply is larger than " + MAX_BODY / (1024 * 1024)
                    + " MiB; use transport = api for tables this big");
        }
        return body;
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }
}
