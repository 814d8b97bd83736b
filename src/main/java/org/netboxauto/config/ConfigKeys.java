package org.netboxauto.config;

import com.typesafe.config.ConfigFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every key the configuration has, learnt by running the validator over a file with one empty entry
 * in each list: the list of keys cannot drift from what {@code config check} reads.
 */
public final class ConfigKeys {

    /** The lists whose entries are objects, each with a name for people. */
    public static final Map<String, String> LISTS = lists();

    private static final String TEMPLATE = """
            sources {
              routeros = [{ tls {} }], proxmox = [{ tls {} }], snmp = [{ version = v3 }], kea = [{ tls {} }]
              dnsmasq = [{ ssh {} }]
            }
            alerts.channels = [{ webhook {}, email {} }]
            review.rules = [{ when {}, then {} }]
            netbox.sites = [{ match {} }]
            """;

    private static final Set<String> ASKED = asked();

    private static final Map<String, String> DEFAULTS = defaults();

    private ConfigKeys() {
    }

    private static Map<String, String> lists() {
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("sources.routeros", "RouterOS source");
        lists.put("sources.proxmox", "Proxmox source");
        lists.put("sources.snmp", "SNMP source");
        lists.put("sources.kea", "Kea source");
        lists.put("sources.dnsmasq", "dnsmasq source");
        lists.put("alerts.channels", "Alert channel");
        lists.put("review.rules", "Review rule");
        lists.put("netbox.sites", "Site rule");
        return java.util.Collections.unmodifiableMap(lists);
    }

    private static Set<String> asked() {
        ConfigProblems problems = new ConfigProblems();
        AppConfig.read(ConfigSection.root(ConfigFactory.parseString(TEMPLATE), problems));
        return problems.asked();
    }

    /** Every key's built-in value, entries of lists at index 0, as {@code config show} displays it. */
    private static Map<String, String> defaults() {
        ConfigProblems problems = new ConfigProblems();
        AppConfig app = AppConfig.read(ConfigSection.root(ConfigFactory.parseString(
                "sources { routeros = [{}], proxmox = [{}], snmp = [{}], kea = [{}], dnsmasq = [{}] }"), problems));
        Map<String, String> out = new LinkedHashMap<>();
        EffectiveSettings.rows(app, List.of()).forEach(r -> out.put(r.key(), r.value()));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The built-in value of {@code key} when no other key changes it, or "" ({@code sources.kea[3].timeout}: 1m). */
    public static String defaultValue(String key) {
        return DEFAULTS.getOrDefault(key.replaceAll("\\[\\d+]", "[0]"), "");
    }

    /** The keys outside the lists of {@link #LISTS} that hold a value, in the order the validator reads them. */
    public static List<String> keys() {
        return leaves(ASKED.stream().filter(k -> !k.contains("[")).toList());
    }

    /** The keys of one entry of {@code list}, relative to the entry ({@code name}, {@code tls.ca-file}). */
    public static List<String> entryKeys(String list) {
        String prefix = list + "[0].";
        return leaves(ASKED.stream().filter(k -> k.startsWith(prefix)).toList()).stream()
                .map(k -> k.substring(prefix.length())).toList();
    }

    /** Whether {@code key} holds a credential: it has a {@code key-file} twin and is masked everywhere. */
    public static boolean isSecret(String key) {
        String generic = key.replaceAll("\\[\\d+]", "[0]");
        return ASKED.contains(generic + "-file") || MaskedSettings.isSecretKey(generic.substring(
                generic.lastIndexOf('.') + 1));
    }

    /** The list of {@link #LISTS} a key is in, with the entry's index; null for a key outside them. */
    public static EntryKey entryOf(String key) {
        for (String list : LISTS.keySet()) {
            if (key.startsWith(list + "[")) {
                int close = key.indexOf(']', list.length());
                int index = Integer.parseInt(key.substring(list.length() + 1, close));
                String rest = key.length() > close + 1 ? key.substring(close + 2) : "";
                return new EntryKey(list, index, rest);
            }
        }
        return null;
    }

    /** A key inside an entry of a list: {@code sources.routeros[1].tls.ca-file}. */
    public record EntryKey(String list, int index, String key) {
    }

    private static List<String> leaves(List<String> keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            boolean parent = keys.stream().anyMatch(o -> o.startsWith(k + ".") || o.startsWith(k + "["));
            if (!parent && !LISTS.containsKey(k)) {
                out.add(k);
            }
        }
        return out;
    }
}
