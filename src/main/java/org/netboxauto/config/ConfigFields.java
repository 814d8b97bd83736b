package org.netboxauto.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.netboxauto.core.IpLiterals;

/** Readers for the value shapes that recur across sections: names, hosts, URLs, enums, paths. */
final class ConfigFields {

    private static final String HOST_PATTERN = "[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\\.?";

    private ConfigFields() {
    }

    /** A source name: letters, digits, dot, dash, underscore; it becomes part of {@code kind:name}. */
    static Optional<String> name(ConfigSection s) {
        return s.required("name", "a short unique name such as \"core-router\"").filter(n -> {
            if (n.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
                return true;
            }
            s.errorAt("name", "\"" + n + "\" is not a valid name; expected letters, digits, '.', '-' or '_'");
            return false;
        });
    }

    static Optional<String> host(ConfigSection s, String key, boolean required) {
        Optional<String> host = required ? s.required(key, "a host name or IP address") : s.string(key);
        return host.filter(h -> {
            if (h.matches(HOST_PATTERN) || IpLiterals.isLiteral(h)) {
                return true;
            }
            s.errorAt(key, "\"" + h + "\" is not a host name or IP address");
            return false;
        });
    }

    static int port(ConfigSection s, String key, int fallback) {
        return s.integer(key, fallback, 1, 65535);
    }

    /** An http(s) URL with a host; {@code example} is shown as what is expected. */
    static Optional<URI> url(ConfigSection s, String key, boolean required, boolean httpsOnly, String example) {
        return url(s, key, required, httpsOnly, example, true);
    }

    /** As {@link #url(ConfigSection, String, boolean, boolean, String)}; {@code warnHttp} false leaves http to the caller. */
    static Optional<URI> url(ConfigSection s, String key, boolean required, boolean httpsOnly, String example,
            boolean warnHttp) {
        Optional<String> text = required ? s.required(key, example) : s.string(key);
        return text.flatMap(t -> {
            String shown = MaskedSettings.withoutCredentials(t);
            Optional<URI> uri = parseUrl(t);
            if (uri.isEmpty()) {
                s.errorAt(key, "\"" + shown + "\" is not a URL; expected " + example);
                return Optional.empty();
            }
            if (uri.get().getRawUserInfo() != null) {
                s.errorAt(key, "\"" + shown + "\" holds a user name or password, which would be shown and logged"
                        + " with the address; remove the part before @ and give credentials in their own keys");
                return Optional.empty();
            }
            if (httpsOnly && !"https".equals(uri.get().getScheme())) {
                s.errorAt(key, "\"" + shown + "\" is not an https URL; expected " + example);
                return Optional.empty();
            }
            if (warnHttp && "http".equals(uri.get().getScheme())) {
                s.warningAt(key, "uses plain http: credentials cross the network unencrypted; prefer https");
            }
            return uri;
        });
    }

    private static Optional<URI> parseUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            boolean web = "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** One of {@code values}, written as the enum's id (lower case, '-' for '_'), case-insensitive. */
    static <E extends Enum<E>> E choice(ConfigSection s, String key, Class<E> type, E fallback) {
        return s.string(key).map(text -> {
            for (E e : type.getEnumConstants()) {
                if (id(e).equalsIgnoreCase(text)) {
                    return e;
                }
            }
            s.errorAt(key, "\"" + text + "\" is not one of " + ids(type));
            return fallback;
        }).orElse(fallback);
    }

    static <E extends Enum<E>> List<E> choices(ConfigSection s, String key, Class<E> type, List<E> fallback) {
        Optional<ConfigValue> value = s.value(key);
        if (value.isEmpty()) {
            return fallback;
        }
        if (value.get().valueType() != ConfigValueType.LIST) {
            s.error(key, value.get(), "is not a list; expected one or more of [" + ids(type) + "]");
            return fallback;
        }
        List<E> out = new ArrayList<>();
        for (String text : s.stringList(key, List.of())) {
            Optional<E> match = Arrays.stream(type.getEnumConstants()).filter(e -> id(e).equalsIgnoreCase(text)).findFirst();
            match.filter(e -> !out.contains(e)).ifPresent(out::add);
            if (match.isEmpty()) {
                s.errorAt(key, "\"" + text + "\" is not one of " + ids(type));
            }
        }
        if (((List<?>) value.get()).isEmpty()) {
            s.errorAt(key, "is empty; expected one or more of " + ids(type));
        }
        return out;
    }

    static String id(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> String ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ConfigFields::id).collect(Collectors.joining(", "));
    }

    /** A file path; a leading {@code ~/} means the user's home folder. */
    static Optional<Path> path(ConfigSection s, String key) {
        return s.string(key).filter(p -> !p.isEmpty()).map(ConfigFields::expandHome);
    }

    static Path expandHome(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return Path.of(System.getProperty("user.home") + path.substring(1));
        }
        return Path.of(path);
    }
}
