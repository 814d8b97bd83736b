package org.netboxauto.config;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;
import com.typesafe.config.parser.ConfigDocument;
import com.typesafe.config.parser.ConfigDocumentFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes keys in the text of a config file through Typesafe Config's document model: every comment,
 * blank line and key it is not asked to change stays as it was. A list of entries that changes is
 * written anew; the comments attached to its entries' keys are kept, others inside it are not.
 */
public final class ConfigFileText {

    private static final String REFERENCE = "\\$\\{\\??[A-Za-z_][A-Za-z0-9_.]*}";
    private static final ConfigRenderOptions LIST_LAYOUT = ConfigRenderOptions.defaults().setOriginComments(false)
            .setJson(false).setComments(true).setFormatted(true);

    private ConfigFileText() {
    }

    /**
     * @param values key path to the text typed for it ("" removes the key); keys inside lists use the new
     *               index: {@code sources.routeros[1].host}
     * @param lists  for each list of entries that changes, its new entries as the index each had before,
     *               -1 for a new one
     * @throws IllegalArgumentException when a typed value cannot be written; the message names the key
     */
    public static String edit(String original, Map<String, String> values, Map<String, List<Integer>> lists) {
        ConfigDocument doc = ConfigDocumentFactory.parseString(original, ConfigParseOptions.defaults()
                .setSyntax(ConfigSyntax.CONF));
        ConfigObject parsed = parse(original);
        Map<String, List<Integer>> changedLists = new LinkedHashMap<>(lists);
        Map<String, Map<Integer, Map<String, String>>> entryValues = new LinkedHashMap<>();
        for (Map.Entry<String, String> v : values.entrySet()) {
            ConfigKeys.EntryKey entry = ConfigKeys.entryOf(v.getKey());
            if (entry == null) {
                doc = v.getValue().isBlank() ? doc.withoutPath(v.getKey())
                        : doc.withValueText(v.getKey(), hocon(v.getKey(), v.getValue()));
                continue;
            }
            changedLists.computeIfAbsent(entry.list(), l -> identity(entries(parsed, l).size()));
            entryValues.computeIfAbsent(entry.list(), l -> new LinkedHashMap<>())
                    .computeIfAbsent(entry.index(), i -> new LinkedHashMap<>()).put(entry.key(), v.getValue());
        }
        for (Map.Entry<String, List<Integer>> list : changedLists.entrySet()) {
            List<ConfigValue> before = entries(parsed, list.getKey());
            List<ConfigValue> after = new ArrayList<>();
            List<Integer> order = list.getValue();
            for (int i = 0; i < order.size(); i++) {
                int from = order.get(i);
                ConfigObject entry = from >= 0 && from < before.size() && before.get(from) instanceof ConfigObject o
                        ? o : ConfigFactory.empty().root();
                Map<String, String> changes = entryValues.getOrDefault(list.getKey(), Map.of()).getOrDefault(i, Map.of());
                for (Map.Entry<String, String> c : changes.entrySet()) {
                    String key = list.getKey() + "[" + i + "]." + c.getKey();
                    entry = c.getValue().isBlank() ? entry.toConfig().withoutPath(c.getKey()).root()
                            : entry.toConfig().withValue(c.getKey(), value(key, hocon(key, c.getValue()))).root();
                }
                after.add(entry);
            }
            doc = doc.withValueText(list.getKey(), ConfigValueFactory.fromIterable(after).render(LIST_LAYOUT).strip());
        }
        return doc.render();
    }

    /** The text of every value the file sets, by key path (entries of lists indexed), as it would be typed. */
    public static Map<String, String> values(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        walk("", parse(text), out);
        return out;
    }

    /** How many entries each list of {@link ConfigKeys#LISTS} has in the file. */
    public static int entryCount(String text, String list) {
        return entries(parse(text), list).size();
    }

    /**
     * What is typed, as HOCON: an environment reference, number or boolean as is; a list or object checked
     * to be one value; anything else a quoted string, so that no text adds keys.
     */
    static String hocon(String key, String typed) {
        String t = typed.strip();
        if (t.matches(REFERENCE) || t.matches("true|false|-?\\d+(\\.\\d+)?")) {
            return t;
        }
        if (t.startsWith("[") || t.startsWith("{")) {
            try {
                ConfigObject root = ConfigFactory.parseString("v = " + t).root();
                if (root.size() != 1 || !root.containsKey("v")) {
                    throw new IllegalArgumentException(key + ": \"" + t + "\" is more than one value; expected one"
                            + " list such as [a, b]");
                }
                return root.get("v").render(ConfigRenderOptions.concise());
            } catch (ConfigException.NotResolved e) {
                throw new IllegalArgumentException(key + ": \"" + t + "\" refers to other keys; write the values",
                        e);
            } catch (ConfigException e) {
                throw new IllegalArgumentException(key + ": \"" + t + "\" is not a list or object; expected e.g."
                        + " [a, b] or { key = value }", e);
            }
        }
        return ConfigUtil.quoteString(t);
    }

    private static ConfigValue value(String key, String hocon) {
        return ConfigFactory.parseString("v = " + hocon).root().get("v");
    }

    private static ConfigObject parse(String text) {
        return ConfigFactory.parseString(text, ConfigParseOptions.defaults().setSyntax(ConfigSyntax.CONF)).root();
    }

    private static List<Integer> identity(int size) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        return order;
    }

    private static List<ConfigValue> entries(ConfigObject root, String list) {
        ConfigValue v = root;
        for (String part : ConfigUtil.splitPath(list)) {
            if (!(v instanceof ConfigObject o) || !o.containsKey(part)) {
                return List.of();
            }
            v = o.get(part);
        }
        return v instanceof ConfigList l ? new ArrayList<>(l) : List.of();
    }

    private static void walk(String path, ConfigValue value, Map<String, String> out) {
        if (value instanceof ConfigObject o && type(value) == ConfigValueType.OBJECT && !path.equals("watch.sources")) {
            o.forEach((k, v) -> walk(path.isEmpty() ? ConfigUtil.joinPath(k) : path + "." + ConfigUtil.joinPath(k),
                    v, out));
        } else if (value instanceof ConfigList l && ConfigKeys.LISTS.containsKey(path)) {
            for (int i = 0; i < l.size(); i++) {
                walk(path + "[" + i + "]", l.get(i), out);
            }
        } else {
            out.put(path, type(value) == ConfigValueType.STRING ? String.valueOf(value.unwrapped())
                    : value.render(ConfigRenderOptions.concise()));
        }
    }

    /** The type, or null for a value that refers to another ({@code ${?VAR}}) and so has none yet. */
    private static ConfigValueType type(ConfigValue value) {
        try {
            return value.valueType();
        } catch (ConfigException.NotResolved e) {
            return null;
        }
    }
}
