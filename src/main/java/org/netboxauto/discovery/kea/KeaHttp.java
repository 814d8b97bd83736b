package org.netboxauto.discovery.kea;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.netboxauto.config.Secret;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.net.BoundedInputStream;
import org.netboxauto.net.Deadline;
import org.netboxauto.net.PeerTrust;

/**
 * Commands to a Kea Control Agent: one JSON POST each, with basic authentication when configured. Each ends within
 * the source's timeout, and no answer is read past {@link #MAX_BODY}.
 */
final class KeaHttp implements AutoCloseable {

    /** A page of 1,000 leases is about 300 KiB; a config-get with thousands of reservations a few MiB. */
    static final long MAX_BODY = 64L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final Duration timeout;
    private final CloseableHttpClient client;
    private final KeaFailures failures;
    private final String authorization;

    KeaHttp(URI url, PeerTrust trust, Duration timeout, Optional<String> user, Optional<Secret> password,
            KeaFailures failures) {
        this.url = url;
        this.timeout = timeout;
        this.failures = failures;
        this.authorization = user.isPresent() && password.isPresent() ? "Basic " + Base64.getEncoder().encodeToString(
                (user.get() + ":" + password.get().reveal()).getBytes(StandardCharsets.UTF_8)) : null;
        Timeout t = Timeout.of(timeout);
        var tls = trust.checkHostname() ? new DefaultClientTlsStrategy(trust.sslContext())
                : new DefaultClientTlsStrategy(trust.sslContext(), HostnameVerificationPolicy.CLIENT,
                        NoopHostnameVerifier.INSTANCE);
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(tls)
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(t).setSocketTimeout(t).build())
                .setMaxConnTotal(1).setMaxConnPerRoute(1)
                .build();
        client = HttpClients.custom().setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(t).build())
                .disableAutomaticRetries().disableCookieManagement().disableRedirectHandling()
                .build();
    }

    /** The answer of the one daemon {@code service} (dhcp4, dhcp6) to {@code command}. */
    KeaAnswer command(String command, String service, JsonNode arguments) throws CollectorException {
        ObjectNode body = JSON.createObjectNode().put("command", command);
        body.putArray("service").add(service);
        if (arguments != null) {
            body.set("arguments", arguments);
        }
        HttpPost post = new HttpPost(url);
        post.setEntity(new ByteArrayEntity(body.toString().getBytes(StandardCharsets.UTF_8),
                ContentType.create("application/json")));
        if (authorization != null) {
            post.setHeader("Authorization", authorization);
        }
        String what = command + " to " + service;
        Reply reply;
        boolean[] answered = new boolean[1];
        try (Deadline deadline = Deadline.after(timeout, post::cancel)) {
            try {
                reply = client.execute(post, response -> {
                    answered[0] = true;
                    return read(post, response);
                });
            } catch (BoundedInputStream.TooLarge e) {
                throw failures.tooLarge(what, e);
            } catch (IOException e) {
                throw deadline.expired() && answered[0] ? failures.overDeadline(what, e)
                        : failures.transport(what, deadline.expired() ? new SocketTimeoutException("no answer") : e);
            }
        }
        if (reply.status() == 401 || reply.status() == 403) {
            throw failures.refused(reply.status(), authorization != null);
        }
        List<KeaAnswer> answers;
        try {
            answers = KeaAnswer.decode(reply.body());
        } catch (KeaAnswer.Malformed e) {
            throw failures.notKea(what, reply.status(), e);
        }
        if (reply.status() != 200) {
            throw failures.status(what, reply.status(), answers.getFirst().text());
        }
        return answers.getFirst();
    }

    private static Reply read(HttpPost request, ClassicHttpResponse response) throws IOException {
        try {
            HttpEntity entity = response.getEntity();
            if (entity != null && entity.getContentLength() > MAX_BODY) {
                throw new BoundedInputStream.TooLarge(MAX_BODY, entity.getContentLength());
            }
            byte[] body = entity == null ? new byte[0] : BoundedInputStream.readAll(entity.getContent(), MAX_BODY);
            return new Reply(response.getCode(), body);
        } catch (IOException | RuntimeException e) {
            request.cancel();
            throw e;
        }
    }

    private record Reply(int status, byte[] body) {
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
    }
}
