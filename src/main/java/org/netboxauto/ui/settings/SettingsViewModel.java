package org.netboxauto.ui.settings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.netboxauto.config.ConfigKeys;
import org.netboxauto.config.ConfigProblem;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.config.Secret;
import org.netboxauto.config.SettingRow;
import org.netboxauto.service.SettingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File → Settings: every key of every section, what the file sets and the defaults, edited in memory and
 * handed to {@link SettingsService}, which checks them as {@code config check} does before saving.
 */
public final class SettingsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsViewModel.class);
    private static final Map<String, String> SECTION_NAMES = Map.of("netbox", "NetBox", "dns", "DNS");

    private final SettingsService service;
    private final Executor background;
    private final Executor fx;
    private final Runnable onSaved;
    private final Map<String, String> defaults = new LinkedHashMap<>();
    private final ObservableList<String> sections = FXCollections.observableArrayList();
    private final ObservableList<SettingField> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", true);
    private final StringProperty section = new SimpleStringProperty(this, "section", "");
    private final Map<String, String> edits = new LinkedHashMap<>();
    private final Map<String, Secret> secretEdits = new LinkedHashMap<>();
    private final Map<String, List<SettingsEntry>> lists = new LinkedHashMap<>();
    private final Set<String> reordered = new LinkedHashSet<>();
    private final Map<String, String> problemByKey = new LinkedHashMap<>();
    private Map<String, String> fileValues = Map.of();
    private Set<String> secretsSet = Set.of();

    /** @param onSaved runs on the FX thread once the file was written */
    public SettingsViewModel(Optional<LoadedConfig> loaded, SettingsService service, Executor background,
            Executor fx, Runnable onSaved) {
        this.service = service;
        this.background = background;
        this.fx = fx;
        this.onSaved = onSaved;
        loaded.ifPresent(l -> l.settings().stream().filter(r -> r.origin() == SettingRow.Origin.DEFAULT)
                .forEach(r -> defaults.put(r.key(), r.value())));
        // what is wrong with the file now shows at once, by key, as after a refused save
        loaded.ifPresent(l -> {
            l.errors().forEach(p -> problemByKey.merge(p.path(), p.message(), (a, b) -> a + "; " + b));
            problems.setAll(l.errors().stream().map(ConfigProblem::describe).toList());
            if (!l.errors().isEmpty()) {
                status.set("The file has problems; fix them here and save.");
            }
        });
        Set<String> tops = new LinkedHashSet<>();
        ConfigKeys.keys().forEach(k -> tops.add(k.substring(0, k.indexOf('.'))));
        sections.setAll(tops.stream().map(SettingsViewModel::sectionName).toList());
        section.addListener((obs, old, now) -> fill());
    }

    /** Reads the file in the background; the rows show once it is read. */
    public void load() {
        busy.set(true);
        background.execute(() -> {
            try {
                Map<String, String> values = service.values();
                Set<String> secrets = service.secretsSet();
                Map<String, Integer> counts = service.entryCounts();
                String file = service.file().toString();
                fx.execute(() -> loaded(values, secrets, counts, file));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not read the config file for Settings", e);
                fx.execute(() -> {
                    busy.set(false);
                    status.set("Could not read the config file: " + e.getMessage()
                            + ". Fix it in a text editor; config check names the problem.");
                });
            }
        });
    }

    private void loaded(Map<String, String> values, Set<String> secrets, Map<String, Integer> counts, String file) {
        fileValues = values;
        secretsSet = secrets;
        source.set(file);
        lists.clear();
        for (String list : ConfigKeys.LISTS.keySet()) {
            List<SettingsEntry> entries = new ArrayList<>();
            int count = counts.getOrDefault(list, 0);
            for (int i = 0; i < count; i++) {
                entries.add(new SettingsEntry(list, i));
            }
            lists.put(list, entries);
        }
        busy.set(false);
        if (section.get().isEmpty()) {
            section.set(sections.getFirst());
        } else {
            fill();
        }
    }

    /** The kinds of entries the shown section holds, by their list key: "Add RouterOS source" and so on. */
    public Map<String, String> addable() {
        String prefix = sectionKey(section.get()) + ".";
        Map<String, String> out = new LinkedHashMap<>();
        ConfigKeys.LISTS.forEach((list, name) -> {
            if (list.startsWith(prefix)) {
                out.put(list, name);
            }
        });
        return out;
    }

    public void addEntry(String list) {
        lists.get(list).add(new SettingsEntry(list, -1));
        reordered.add(list);
        fill();
    }

    /** Removes the entry {@code field} is in; nothing for a key outside lists. */
    public void removeEntry(SettingField field) {
        if (field.entry() != null) {
            lists.get(field.entry().list).remove(field.entry());
            reordered.add(field.entry().list);
            fill();
        }
    }

    /** Sets what {@code field} holds; "" takes the key out of the file, back to its default. */
    public void set(SettingField field, String text) {
        SettingsEntry entry = field.entry();
        if (field.secret()) {
            Map<String, Secret> target = entry == null ? secretEdits : entry.secrets;
            target.put(field.entryKey(), new Secret(text));
        } else {
            (entry == null ? edits : entry.values).put(field.entryKey(), text);
        }
        if (problemByKey.remove(field.key()) != null) {
            field.problem("");
            problems.removeIf(p -> p.startsWith(field.key() + ": "));
            if (problems.isEmpty()) {
                status.set("");
            }
        }
        show(field);
    }

    /** The text to edit for {@code field}: what was typed or what the file has; "" for a secret. */
    public String editText(SettingField field) {
        return field.secret() ? "" : current(field).orElse("");
    }

    /** Checks and saves in the background; problems are listed by key, success calls onSaved. */
    public void save() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        status.set("Checking and saving…");
        Map<String, String> values = new LinkedHashMap<>(edits);
        Map<String, Secret> secrets = new LinkedHashMap<>(secretEdits);
        Map<String, List<Integer>> order = new LinkedHashMap<>();
        lists.forEach((list, entries) -> {
            for (int i = 0; i < entries.size(); i++) {
                String at = list + "[" + i + "].";
                entries.get(i).values.forEach((k, v) -> values.put(at + k, v));
                entries.get(i).secrets.forEach((k, v) -> secrets.put(at + k, v));
            }
            if (reordered.contains(list)) {
                order.put(list, entries.stream().map(e -> e.from).toList());
            }
        });
        background.execute(() -> {
            try {
                List<ConfigProblem> found = service.save(values, secrets, order);
                fx.execute(() -> saved(found));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not save the settings", e);
                fx.execute(() -> {
                    busy.set(false);
                    status.set("Could not save: " + e.getMessage() + ". Nothing was changed.");
                });
            }
        });
    }

    private void saved(List<ConfigProblem> found) {
        busy.set(false);
        problemByKey.clear();
        found.forEach(p -> problemByKey.merge(p.path(), p.message(), (a, b) -> a + "; " + b));
        rows.forEach(r -> r.problem(problemByKey.getOrDefault(r.key(), "")));
        problems.setAll(found.stream().map(ConfigProblem::describe).toList());
        if (found.isEmpty()) {
            status.set("Saved.");
            onSaved.run();
        } else {
            status.set(found.size() == 1 ? "Not saved: one key needs fixing." : "Not saved: " + found.size()
                    + " keys need fixing.");
        }
    }

    /** Shows the section a problem's key is in; the problem's row is then among the rows. */
    public Optional<SettingField> reveal(String problem) {
        String key = problem.contains(": ") ? problem.substring(0, problem.indexOf(": ")) : problem;
        if (key.contains(".")) {
            section.set(sectionName(key.substring(0, key.indexOf('.'))));
        }
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    private void fill() {
        String top = sectionKey(section.get());
        List<SettingField> out = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        ConfigKeys.keys().stream().filter(k -> k.startsWith(top + ".")).forEach(keys::add);
        fileValues.keySet().stream().filter(k -> k.startsWith(top + ".") && ConfigKeys.entryOf(k) == null)
                .forEach(keys::add);
        for (String key : keys) {
            out.add(field(key, null, key, defaults.getOrDefault(key, ConfigKeys.defaultValue(key))));
        }
        lists.forEach((list, entries) -> {
            if (!list.startsWith(top + ".")) {
                return;
            }
            for (int i = 0; i < entries.size(); i++) {
                SettingsEntry entry = entries.get(i);
                Set<String> own = new LinkedHashSet<>(ConfigKeys.entryKeys(list));
                String was = list + "[" + entry.from + "].";
                fileValues.keySet().stream().filter(k -> entry.from >= 0 && k.startsWith(was))
                        .map(k -> k.substring(was.length())).forEach(own::add);
                for (String k : own) {
                    String key = list + "[" + i + "]." + k;
                    out.add(field(key, entry, k, entry.from >= 0 && defaults.containsKey(was + k)
                            ? defaults.get(was + k) : ConfigKeys.defaultValue(key)));
                }
            }
        });
        rows.setAll(out);
        rows.forEach(r -> r.problem(problemByKey.getOrDefault(r.key(), "")));
    }

    private SettingField field(String key, SettingsEntry entry, String entryKey, String fallback) {
        SettingField field = new SettingField(key, ConfigKeys.isSecret(key), fallback, entry, entryKey);
        show(field);
        return field;
    }

    private void show(SettingField field) {
        SettingsEntry entry = field.entry();
        if (field.secret()) {
            Secret typed = (entry == null ? secretEdits : entry.secrets).get(field.entryKey());
            boolean set = entry == null ? secretsSet.contains(field.key())
                    : entry.from >= 0 && secretsSet.contains(entry.list + "[" + entry.from + "]." + field.entryKey());
            if (typed != null && !typed.reveal().isBlank()) {
                field.show(Secret.MASK + " (new, saved to its own file)", "changed");
            } else {
                field.show(set ? Secret.MASK : "", set ? "file" : "default");
            }
            return;
        }
        Map<String, String> typed = entry == null ? edits : entry.values;
        if (typed.containsKey(field.entryKey())) {
            field.show(typed.get(field.entryKey()), "changed");
        } else {
            Optional<String> inFile = current(field);
            field.show(inFile.orElse(""), inFile.isPresent() ? "file" : "default");
        }
    }

    private Optional<String> current(SettingField field) {
        SettingsEntry entry = field.entry();
        Map<String, String> typed = entry == null ? edits : entry.values;
        if (typed.containsKey(field.entryKey())) {
            return Optional.of(typed.get(field.entryKey()));
        }
        if (entry == null) {
            return Optional.ofNullable(fileValues.get(field.key()));
        }
        return entry.from < 0 ? Optional.empty()
                : Optional.ofNullable(fileValues.get(entry.list + "[" + entry.from + "]." + field.entryKey()));
    }

    private static String sectionName(String key) {
        return SECTION_NAMES.getOrDefault(key, key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1));
    }

    private static String sectionKey(String name) {
        return SECTION_NAMES.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey)
                .findFirst().orElse(name.toLowerCase(Locale.ROOT));
    }

    public ObservableList<String> sections() {
        return sections;
    }

    public StringProperty sectionProperty() {
        return section;
    }

    public ObservableList<SettingField> rows() {
        return rows;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    /** The file edited. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reading or saving: Save waits. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
