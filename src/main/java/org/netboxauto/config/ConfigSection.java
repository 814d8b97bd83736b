package org.netboxauto.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One object of the configuration, read key by key. Every getter records the key as known and
 * files a problem instead of throwing, so that one pass reports everything wrong at once.
 */
final class ConfigSection {

    private final String path;
    private final ConfigObject object;
    private final ConfigProblems problems;
    private final Set<String> known = new LinkedHashSet<>();

    ConfigSection(String path, ConfigObject object, ConfigProblems problems) {
        this.path = path;
        this.object = object;
        this.problems = problems;
    }

    static ConfigSection root(Config config, ConfigProblems problems) {
        return new ConfigSection("", config.root(), problems);
    }

    String path() {
        return path;
    }

    String keyPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    ConfigProblems problems() {
        return problems;
    }

    boolean has(String key) {
        known.add(key);
        problems.asked(keyPath(key));
        return object.containsKey(key) && object.get(key).valueType() != ConfigValueType.NULL;
    }

    /** The keys written here, for sections whose keys are names (e.g. one per source). */
    java.util.Set<String> keys() {
        return object.keySet();
    }

    Optional<ConfigValue> value(String key) {
        return has(key) ? Optional.of(object.get(key)) : Optional.empty();
    }

    Optional<String> string(String key) {
        return value(key).flatMap(v -> {
            if (v.valueType() == ConfigValueType.OBJECT || v.valueType() == ConfigValueType.LIST) {
                error(key, v, "is not a single value; expected a string");
                return Optional.empty();
            }
            return Optional.of(String.valueOf(v.unwrapped()).trim());
        });
    }

    /** A string that must be present; reports {@code is required; expected ...} when absent. */
    Optional<String> required(String key, String expected) {
        Optional<String> s = string(key);
        if (s.isEmpty() || s.get().isEmpty()) {
            problems.error(keyPath(key), "is required; expected " + expected);
            return Optional.empty();
        }
        return s;
    }

    /** Parses a present string with {@code parser}; its IllegalArgumentException becomes the message. */
    <T> Optional<T> parsed(String key, Function<String, T> parser, String expected) {
        return string(key).flatMap(s -> {
            try {
                return Optional.of(parser.apply(s));
            } catch (IllegalArgumentException e) {
                error(key, object.get(key), reason(e) + "; expected " + expected);
                return Optional.empty();
            }
        });
    }

    boolean bool(String key, boolean fallback) {
        return typed(key, fallback, c -> c.getBoolean(quoted(key)), "true or false");
    }

    int integer(String key, int fallback, int min, int max) {
        int n = typed(key, fallback, c -> c.getInt(quoted(key)), "a whole number from " + min + " to " + max);
        if (n < min || n > max) {
            error(key, object.get(key), "is out of range; expected a whole number from " + min + " to " + max);
            return fallback;
        }
        return n;
    }

    Duration duration(String key, Duration fallback) {
        Duration d = typed(key, fallback, c -> c.getDuration(quoted(key)), "a duration such as 500ms, 10s or 2m");
        if (d.isNegative() || d.isZero()) {
            error(key, object.get(key), "must be longer than zero; expected a duration such as 10s");
            return fallback;
        }
        return d;
    }

    /** A size such as {@code 256MiB} or {@code 1G} (powers of 1024; {@code MB} is 10^6), at least {@code min}. */
    long bytes(String key, long fallback, long min) {
        long n = typed(key, fallback, c -> c.getBytes(quoted(key)), "a size such as 256MiB, 64M or 1G");
        if (n < min) {
            error(key, object.get(key), "is too small; expected at least " + (min >> 10) + "KiB");
            return fallback;
        }
        return n;
    }

    List<String> stringList(String key, List<String> fallback) {
        return typed(key, fallback, c -> c.getStringList(quoted(key)).stream().map(String::trim).toList(),
                "a list of strings such as [a, b]");
    }

    List<Integer> intList(String key, List<Integer> fallback) {
        return typed(key, fallback, c -> c.getIntList(quoted(key)), "a list of whole numbers such as [22, 443]");
    }

    /** The nested object {@code key}; an absent key reads as an empty object. */
    ConfigSection section(String key) {
        Optional<ConfigValue> v = value(key);
        if (v.isPresent() && v.get().valueType() != ConfigValueType.OBJECT) {
            error(key, v.get(), "is not an object; expected { ... }");
        }
        ConfigObject child = v.filter(x -> x.valueType() == ConfigValueType.OBJECT)
                .map(ConfigObject.class::cast).orElse(ConfigFactory.empty().root());
        return new ConfigSection(keyPath(key), child, problems);
    }

    /** The list of objects {@code key}, each as its own section {@code key[i]}. */
    List<ConfigSection> sectionList(String key) {
        List<ConfigSection> out = new ArrayList<>();
        Optional<ConfigValue> v = value(key);
        if (v.isEmpty()) {
            return out;
        }
        if (v.get().valueType() != ConfigValueType.LIST) {
            error(key, v.get(), "is not a list; expected [ { ... }, { ... } ]");
            return out;
        }
        ConfigList items = (ConfigList) v.get();
        for (int i = 0; i < items.size(); i++) {
            ConfigValue item = items.get(i);
            String itemPath = keyPath(key) + "[" + i + "]";
            if (item.valueType() == ConfigValueType.OBJECT) {
                out.add(new ConfigSection(itemPath, (ConfigObject) item, problems));
            } else {
                problems.error(itemPath, render(item) + " is not an object; expected { name = ..., ... }");
            }
        }
        return out;
    }

    /** Reports keys present here that no reader asked for, with the nearest known key. */
    void reportUnknownKeys() {
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                String hint = KeySuggestions.nearest(key, known)
                        .map(k -> "; did you mean \"" + k + "\"?")
                        .orElse("; known keys here: " + String.join(", ", known));
                problems.error(keyPath(key), "unknown key, likely a typo" + hint + line(object.get(key)));
            }
        }
    }

    void error(String key, ConfigValue value, String message) {
        problems.error(keyPath(key), render(value) + " " + message + line(value));
    }

    void errorAt(String key, String message) {
        problems.error(keyPath(key), message + line(object.get(key)));
    }

    void warningAt(String key, String message) {
        problems.warning(keyPath(key), message + line(object.get(key)));
    }

    private <T> T typed(String key, T fallback, Function<Config, T> getter, String expected) {
        Optional<ConfigValue> v = value(key);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return getter.apply(object.toConfig());
        } catch (ConfigException e) {
            error(key, v.get(), "is not " + expected);
            return fallback;
        }
    }

    private static String quoted(String key) {
        return ConfigUtil.joinPath(key);
    }

    static String render(ConfigValue value) {
        if (value == null) {
            return "";
        }
        String text = value.valueType() == ConfigValueType.STRING
                ? "\"" + MaskedSettings.withoutCredentials(String.valueOf(value.unwrapped())) + "\""
                : value.render(ConfigRenderOptions.concise());
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static String line(ConfigValue value) {
        if (value == null || value.origin() == null || value.origin().lineNumber() < 0) {
            return "";
        }
        return " (line " + value.origin().lineNumber() + ")";
    }

    private static String reason(IllegalArgumentException e) {
        return e.getMessage() == null ? "is not valid" : e.getMessage();
    }
}
