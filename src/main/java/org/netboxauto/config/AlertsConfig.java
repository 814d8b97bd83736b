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
 */
public record AlertsConfig(Duration goneAfter, List<AlertChannel> channels) {

    public AlertsConfig {
        channels = List.copyOf(channels);
    }

    static AlertsConfig read(ConfigSection s) {
        Duration goneAfter = s.duration("gone-after", Duration.ofDays(1));
        List<AlertChannel> channels = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConfigSection c : s.sectionList("channels")) {
            Optional<String> name = ConfigFields.name(c);
            name.filter(n -> !names.add(n)).ifPresent(n -> c.errorAt("name", "\"" + n + "\" names two channels"));
            ConfigSection hook = c.section("webhook");
            Optional<Secret> url = SecretReader.required(hook, "url", "to send alerts to");
            url.filter(u -> !isHttpUrl(u.reveal())).ifPresent(u -> hook.errorAt(hook.has("url") ? "url" : "url-file",
                    "is not an http(s) URL; expected e.g. https://hooks.slack.com/services/…"));
            AlertChannel.Format format = ConfigFields.choice(hook, "format", AlertChannel.Format.class,
                    AlertChannel.Format.JSON);
            Duration timeout = hook.duration("timeout", Duration.ofSeconds(10));
            hook.reportUnknownKeys();
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
            if (name.isPresent() && url.isPresent() && isHttpUrl(url.get().reveal())) {
                channels.add(new AlertChannel(name.get(), url.get(), format,
                        new AlertFilter(events, subnets, sources), timeout));
            }
        }
        s.reportUnknownKeys();
        return new AlertsConfig(goneAfter, channels);
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
