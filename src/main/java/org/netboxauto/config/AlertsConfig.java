package org.netboxauto.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.alerts.AlertFilter;
import org.netboxauto.core.alerts.AlertKind;

/**
 * Change alerts after each run.
 *
 * @param goneAfter how long a host must be gone before "gone" is told, so that one missed run does not alert
 * @param portStableAfter how long one host must have been alone on a switch port before another MAC there is told
 */
public record AlertsConfig(Duration goneAfter, Duration portStableAfter, List<AlertChannel> channels) {

    public AlertsConfig {
        channels = List.copyOf(channels);
    }

    static AlertsConfig read(ConfigSection s) {
        Duration goneAfter = s.duration("gone-after", Duration.ofDays(1));
        Duration portStableAfter = s.duration("port-stable-after", Duration.ofDays(14));
        List<AlertChannel> channels = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConfigSection c : s.sectionList("channels")) {
            Optional<String> name = ConfigFields.name(c);
            name.filter(n -> !names.add(n)).ifPresent(n -> c.errorAt("name", "\"" + n + "\" names two channels"));
            Optional<AlertChannel.Webhook> webhook = c.has("webhook") ? webhook(c.section("webhook"))
                    : Optional.empty();
            Optional<AlertChannel.Email> email = c.has("email") ? email(c.section("email")) : Optional.empty();
            Optional<AlertChannel.Desktop> desktop = c.has("desktop") ? Optional.of(desktop(c.section("desktop")))
                    : Optional.empty();
            int kinds = (c.has("webhook") ? 1 : 0) + (c.has("email") ? 1 : 0) + (c.has("desktop") ? 1 : 0);
            if (kinds == 0) {
                c.problems().error(c.path(), "says nowhere to send; add webhook { url = … }, email { host = … }"
                        + " or desktop { }");
            } else if (kinds > 1) {
                c.errorAt(c.has("desktop") ? "desktop" : "email", "is set together with "
                        + (c.has("webhook") ? "webhook" : "email") + "; make them separate channels");
            }
            Set<AlertKind> events = new HashSet<>(ConfigFields.choices(c, "events", AlertKind.class, List.of()));
            List<Cidr> subnets = new ArrayList<>();
            for (String text : c.stringList("subnets", List.of())) {
                try {
                    subnets.add(Cidr.parse(text));
                } catch (IllegalArgumentException e) {
                    c.errorAt("subnets", "\"" + text + "\" is not a subnet; expected e.g. 10.0.0.0/24");
                }
            }
            List<String> sources = c.stringList("sources", List.of());
            c.reportUnknownKeys();
            int valid = (webhook.isPresent() ? 1 : 0) + (email.isPresent() ? 1 : 0) + (desktop.isPresent() ? 1 : 0);
            if (name.isPresent() && valid == 1 && kinds == 1) {
                channels.add(new AlertChannel(name.get(), webhook, email, desktop,
                        new AlertFilter(events, subnets, sources)));
            }
        }
        s.reportUnknownKeys();
        return new AlertsConfig(goneAfter, portStableAfter, channels);
    }

    private static AlertChannel.Desktop desktop(ConfigSection d) {
        Duration hideAfter = d.duration("hide-after", Duration.ofSeconds(15));
        d.reportUnknownKeys();
        return new AlertChannel.Desktop(hideAfter);
    }

    private static Optional<AlertChannel.Webhook> webhook(ConfigSection hook) {
        Optional<Secret> url = SecretReader.required(hook, "url", "to send alerts to");
        url.filter(u -> !isHttpUrl(u.reveal())).ifPresent(u -> hook.errorAt(hook.has("url") ? "url" : "url-file",
                "is not an http(s) URL; expected e.g. https://hooks.slack.com/services/…"));
        AlertChannel.Format format = ConfigFields.choice(hook, "format", AlertChannel.Format.class,
                AlertChannel.Format.JSON);
        Duration timeout = hook.duration("timeout", Duration.ofSeconds(10));
        hook.reportUnknownKeys();
        return url.filter(u -> isHttpUrl(u.reveal())).map(u -> new AlertChannel.Webhook(u, format, timeout));
    }

    private static Optional<AlertChannel.Email> email(ConfigSection m) {
        Optional<String> host = ConfigFields.host(m, "host", true);
        AlertChannel.Security security = ConfigFields.choice(m, "security", AlertChannel.Security.class,
                AlertChannel.Security.STARTTLS);
        int port = ConfigFields.port(m, "port", security == AlertChannel.Security.TLS ? 465 : 587);
        Optional<String> username = m.string("username");
        Optional<Secret> password = SecretReader.read(m, "password");
        if (username.isPresent() != password.isPresent()) {
            m.errorAt(username.isPresent() ? "username" : "password", "needs " + (username.isPresent()
                    ? "password (or password-file)" : "username") + " too; SMTP login takes both");
        }
        if (password.isPresent() && security == AlertChannel.Security.NONE) {
            m.errorAt("security", "is none while a password is set; the password would cross the network in"
                    + " the clear. Use starttls or tls");
        }
        Optional<String> from = m.required("from", "the sender address, e.g. \"netbox-auto@example.com\"");
        List<String> to = m.stringList("to", List.of());
        if (to.isEmpty()) {
            m.problems().error(m.keyPath("to"), "is required: the addresses to send alerts to, e.g."
                    + " [\"noc@example.com\"]");
        }
        to.stream().filter(a -> !a.matches("[^@\\s]+@[^@\\s]+")).forEach(a -> m.errorAt("to", "\"" + a
                + "\" is not an e-mail address"));
        TlsConfig tls = TlsConfig.read(m);
        Duration timeout = m.duration("timeout", Duration.ofSeconds(10));
        m.reportUnknownKeys();
        if (host.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AlertChannel.Email(host.get(), port, security, username, password, from.get(), to,
                tls, timeout));
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI u = new URI(text.strip());
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme())) && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
