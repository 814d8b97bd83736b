package org.netboxauto.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.alerts.AlertFilter;

/**
 * Where alerts go: an incoming webhook, e-mail over SMTP, or the desktop app's notifications; exactly one
 * of the three.
 */
public record AlertChannel(String name, Optional<Webhook> webhook, Optional<Email> email, Optional<Desktop> desktop,
                           AlertFilter filter) {

    /** What the outbox names a desktop channel's rows by, so that only the desktop app takes them. */
    public static final String DESKTOP_PREFIX = "desktop:";

    /**
     * A notification in the open desktop app, for alerts of runs it sees (its own and other processes').
     *
     * @param hideAfter how long each notification stays
     */
    public record Desktop(Duration hideAfter) {
    }

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
        if ((webhook.isPresent() ? 1 : 0) + (email.isPresent() ? 1 : 0) + (desktop.isPresent() ? 1 : 0) != 1) {
            throw new IllegalArgumentException("alert channel " + name
                    + " needs exactly one of webhook, email and desktop");
        }
    }

    /** A webhook or e-mail channel. */
    public AlertChannel(String name, Optional<Webhook> webhook, Optional<Email> email, AlertFilter filter) {
        this(name, webhook, email, Optional.empty(), filter);
    }

    public Duration timeout() {
        return webhook.map(Webhook::timeout).or(() -> email.map(Email::timeout))
                .orElseGet(() -> Duration.ofSeconds(10));
    }

    /** The channel as the outbox names its rows: desktop channels apart from those any process sends. */
    public String outboxName() {
        return desktop.isPresent() ? DESKTOP_PREFIX + name : name;
    }

    /** {@code webhook ops (hooks.slack.com)} or {@code e-mail ops (smtp.example.com)}: what messages may show. */
    public String label() {
        return webhook.map(w -> "webhook " + name + " (" + w.uri().getHost() + ")")
                .or(() -> email.map(m -> "e-mail " + name + " (" + m.host() + ")"))
                .orElseGet(() -> "desktop notifications " + name);
    }
}
