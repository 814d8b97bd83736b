package org.netboxauto.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.netboxauto.core.alerts.AlertFilter;

/**
 * Where alerts go: an incoming webhook. Its URL is a secret (Slack's and Teams' carry their key in
 * the path), so messages name only its host.
 *
 * @param format the body: {@code json} (ours, documented in the README), or {@code slack},
 *               {@code mattermost}, {@code teams} for their incoming webhooks
 */
public record AlertChannel(String name, Secret url, Format format, AlertFilter filter, Duration timeout) {

    public enum Format { JSON, SLACK, MATTERMOST, TEAMS }

    public AlertChannel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(timeout, "timeout");
    }

    public URI uri() {
        return URI.create(url.reveal());
    }

    /** {@code webhook ops (hooks.slack.com)}: what messages may show. */
    public String label() {
        return "webhook " + name + " (" + uri().getHost() + ")";
    }
}
