package org.netboxauto.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.netboxauto.config.AlertChannel;
import org.netboxauto.core.PeerText;
import org.netboxauto.core.alerts.AlertEvent;
import org.netboxauto.service.AlertSender;

/**
 * Sends alerts to the channel's webhook or mailbox; keeps each event as our JSON body. Webhooks get
 * that body, or the {@code text} body Slack, Mattermost and Teams incoming webhooks take; TLS is
 * verified against the system's trusted CAs.
 */
public final class ChannelSender implements AlertSender {

    static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String encode(AlertEvent e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("event", e.kind().id());
        o.put("summary", e.summary());
        o.put("at", e.at().toString());
        e.mac().ifPresent(m -> o.put("mac", m.toString()));
        e.ips().forEach(o.withArray("ips")::add);
        e.sources().forEach(o.withArray("sources")::add);
        ObjectNode details = o.putObject("details");
        e.details().forEach(details::put);
        o.put("key", e.key());
        return o.toString();
    }

    @Override
    public void send(AlertChannel channel, String payload) throws AlertNotSent {
        if (channel.desktop().isPresent()) {
            throw new AlertNotSent("is shown only by the open desktop app");
        } else if (channel.email().isPresent()) {
            MailSender.send(channel.email().get(), payload);
        } else {
            post(channel.webhook().orElseThrow(), payload);
        }
    }

    private static void post(AlertChannel.Webhook hook, String payload) throws AlertNotSent {
        String body = body(hook.format(), payload);
        Timeout timeout = Timeout.of(hook.timeout());
        HttpPost post = new HttpPost(hook.uri());
        post.setConfig(RequestConfig.custom().setConnectionRequestTimeout(timeout).setResponseTimeout(timeout)
                .setConnectTimeout(timeout).build());
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        try (CloseableHttpClient http = HttpClients.custom().disableAutomaticRetries().disableCookieManagement()
                .useSystemProperties().build()) {
            int status = http.execute(post, response -> {
                // a 204 (Teams, many receivers) has no body at all
                if (response.getEntity() != null) {
                    response.getEntity().getContent().readNBytes(4096);
                }
                return response.getCode();
            });
            if (status < 200 || status >= 300) {
                throw new AlertNotSent("answered HTTP " + status + "; check the URL and that the webhook is still"
                        + " enabled");
            }
        } catch (SocketTimeoutException e) {
            throw new AlertNotSent("did not answer within " + hook.timeout().toSeconds() + " s");
        } catch (IOException e) {
            throw new AlertNotSent("could not be reached (" + PeerText.escape(String.valueOf(e.getMessage())) + ")");
        }
    }

    @Override
    public String summary(String payload) {
        try {
            return JSON.readTree(payload).path("summary").asText();
        } catch (IOException e) {
            return "an alert that could not be read back";
        }
    }

    static String body(AlertChannel.Format format, String payload) throws AlertNotSent {
        if (format == AlertChannel.Format.JSON) {
            return payload;
        }
        try {
            JsonNode event = JSON.readTree(payload);
            String text = "netbox-auto: " + event.path("summary").asText();
            return JSON.createObjectNode().put("text", text).toString();
        } catch (IOException e) {
            throw new AlertNotSent("a kept alert could not be read back (" + e.getMessage() + ")");
        }
    }
}
