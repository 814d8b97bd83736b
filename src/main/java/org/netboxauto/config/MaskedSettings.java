package org.netboxauto.config;

import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Flattens a loaded configuration into rows for display, every secret masked. */
final class MaskedSettings {

    private static final Set<String> SECRET_KEYS =
            Set.of("password", "token", "token-secret", "secret", "community", "auth-password", "priv-password");

    private MaskedSettings() {
    }

    static List<SettingRow> rows(ConfigObject root) {
        List<SettingRow> rows = new ArrayList<>();
        walk("", root, rows);
        return rows;
    }

    static boolean isSecretKey(String key) {
        return SECRET_KEYS.contains(key);
    }

    /** A URL may carry credentials too: {@code https://user:pw@host}, {@code jdbc:...?password=pw}. */
    static String withoutCredentials(String url) {
        return url.replaceAll("(?<=//)[^/@?#]*:[^/@?#]*@", Secret.MASK + "@")
                .replaceAll("(?i)([?&;]password=)[^&;]*", "$1" + Secret.MASK);
    }

    private static String webhookHost(String url) {
        try {
            java.net.URI u = new java.net.URI(url.strip());
            return u.getScheme() + "://" + u.getHost() + "/" + Secret.MASK;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Secret.MASK;
        }
    }

    private static void walk(String path, ConfigValue value, List<SettingRow> rows) {
        switch (value.valueType()) {
            case OBJECT -> {
                Map<String, ConfigValue> sorted = new TreeMap<>((ConfigObject) value);
                sorted.forEach((k, v) -> walk(path.isEmpty() ? k : path + "." + k, v, rows));
            }
            case LIST -> {
                ConfigList list = (ConfigList) value;
                if (list.stream().anyMatch(v -> v.valueType() == ConfigValueType.OBJECT)) {
                    for (int i = 0; i < list.size(); i++) {
                        walk(path + "[" + i + "]", list.get(i), rows);
                    }
                } else {
                    rows.add(new SettingRow(path, value.render(ConfigRenderOptions.concise())));
                }
            }
            default -> {
                String key = path.substring(path.lastIndexOf('.') + 1);
                String text = String.valueOf(value.unwrapped());
                // a webhook URL carries its key in the path (Slack, Teams): only the host is shown
                String shown = isSecretKey(key) ? Secret.MASK : path.endsWith("webhook.url") ? webhookHost(text)
                        : key.equals("url") ? withoutCredentials(text) : text;
                rows.add(new SettingRow(path, shown));
            }
        }
    }
}
