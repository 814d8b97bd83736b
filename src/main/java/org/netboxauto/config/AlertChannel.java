package org.netboxauto.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.alerts.AlertFilter;

/** Where alerts go: an incoming webhook or e-mail over SMTP; exactly one of the two. */
public record AlertChannel(String name, Optional<Webhook> webhook, Optional<Email> email, AlertFilter filter) {

    /**
     * An incoming webhook. Its URL is a secret (Slack's and Teams' carry their key in the path), so
     * messages name only its host.
     *
     * @param format the body: {@code json} (ours, documented in the README), or {@code slack},
     *               {@code mattermost}, {@code teams} for their incoming webhooks
     */
    public record Webhook(Secret url, Format format, Duration timeout) {
        public URI uri() {
            return URI.create(url.reveal().strip());
        }
    }

    public enum Format { JSON, SLACK, MATTERMOST, TEAMS }

    /**
     * E-mail over SMTP.
     *
     * @param security {@code starttls} (required, never falls back to plain), {@code tls} (implicit, port 465)
     *                 or {@code none} (loopback relays only)
     */
    public record Email(String host, int port, Security security, Optional<String> username,
                        Optional<Secret> password, String from, List<String> to, TlsConfig tls, Duration timeout) {
        public Email {
            to = List.copyOf(to);
        }
    }

    public enum Security { STARTTLS, TLS, NONE }

    public AlertChannel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filter, "filter");
        if (webhook.isPresent() == email.isPresent()) {
            throw new IllegalArgumentException("alert channel " + name + " needs exactly one of webhook and email");
        }
    }

    public Duration timeout() {
        return webhook.map(Webhook::timeout).orElseGet(() -> email.orElseThrow().timeout());
    }

    /** {@code webhook ops (hooks.slack.com)} or {@code e-mail ops (smtp.example.com)}: what messages may show. */
    public String label() {
        return webhook.map(w -> "webhook " + name + " (" + w.uri().getHost() + ")")
                .orElseGet(() -> "e-mail " + name + " (" + email.orElseThrow().host() + ")");
    }
}
