package org.netboxauto.config;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Flattens the validated configuration into rows, defaults included, so the admin sees every
 * value in force. Keys are the config's own ({@code pageSize} is {@code page-size}); values set
 * in the file are marked as such.
 */
final class EffectiveSettings {

    /** Record components whose config key is not their name in kebab case. */
    private static final Map<String, String> KEYS = Map.of("networkInterface", "interface", "switchName", "switch");

    private EffectiveSettings() {
    }

    static List<SettingRow> rows(AppConfig config, List<SettingRow> fromFile) {
        Set<String> inFile = fromFile.stream().map(SettingRow::key).collect(Collectors.toSet());
        List<SettingRow> rows = new ArrayList<>();
        walk("", config, rows);
        return rows.stream()
                .map(r -> new SettingRow(r.key(), r.value(),
                        setInFile(r.key(), inFile) ? SettingRow.Origin.FILE : SettingRow.Origin.DEFAULT))
                .toList();
    }

    private static boolean setInFile(String key, Set<String> inFile) {
        return inFile.contains(key) || inFile.contains(key + "-file")
                || inFile.stream().anyMatch(k -> k.startsWith(key + "[") || k.startsWith(key + "."));
    }

    private static void walk(String path, Object value, List<SettingRow> rows) {
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> walk(path, v, rows));
        } else if (value instanceof org.netboxauto.core.Cidr cidr) {
            // a value written as one string, though it is a record
            rows.add(new SettingRow(path, cidr.toString()));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                walk(join(path, key(component.getName())), read(component, record), rows);
            }
        } else if (value instanceof Collection<?> list && list.stream()
                .anyMatch(i -> i instanceof Record && !(i instanceof org.netboxauto.core.Cidr))) {
            int i = 0;
            for (Object item : list) {
                walk(path + "[" + i++ + "]", item, rows);
            }
        } else if (value != null) {
            rows.add(new SettingRow(path, display(value)));
        }
    }

    private static String display(Object value) {
        return switch (value) {
            case Enum<?> e -> ConfigFields.id(e);
            case Duration d -> duration(d);
            case Collection<?> list -> list.stream().map(EffectiveSettings::display)
                    .collect(Collectors.joining(", ", "[", "]"));
            case java.net.URI uri -> MaskedSettings.withoutCredentials(uri.toString());
            case String s -> MaskedSettings.withoutCredentials(s);
            default -> String.valueOf(value);
        };
    }

    private static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static String key(String componentName) {
        return KEYS.getOrDefault(componentName, componentName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase());
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
