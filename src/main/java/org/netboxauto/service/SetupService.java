package org.netboxauto.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.config.ConfigLoader;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.config.ConfigProblem;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.config.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the config that the first-run form collected: each secret into its own file beside the
 * config, readable only by the user, and the config naming those files; never over an existing config.
 */
public final class SetupService {

    private static final Logger LOG = LoggerFactory.getLogger(SetupService.class);

    private final ConfigLocations locations;
    private final Optional<Path> explicit;
    private final ConnectionTesters testers;

    public SetupService(ConfigLocations locations, Optional<Path> explicit, ConnectionTesters testers) {
        this.locations = locations;
        this.explicit = explicit;
        this.testers = testers;
    }

    /** Where the config will be written. */
    public Path target() {
        return locations.initTarget(explicit).toAbsolutePath();
    }

    public ConnectionTesters testers() {
        return testers;
    }

    /** Whether a config file is already there: the form then adds to it instead of writing a new one. */
    public boolean configExists() {
        return Files.exists(target());
    }

    /**
     * Writes a new config, or adds what the form holds to the existing one: NetBox's keys typed in replace
     * the file's, the form's sources are added after the file's, every other key and comment stays.
     *
     * @return the problems found, each with its key path; empty when the file was written
     */
    public List<ConfigProblem> save(SetupDraft draft) throws IOException {
        if (!configExists()) {
            return write(draft);
        }
        SettingsService settings = new SettingsService(locations, Optional.of(target()));
        String text = Files.readString(target(), StandardCharsets.UTF_8);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Secret> secrets = new LinkedHashMap<>();
        putIfTyped(values, "netbox.url", draft.netbox().url());
        putIfTyped(values, "netbox.tls.ca-file", draft.netbox().caFile());
        putIfTyped(values, "netbox.tls.fingerprint-sha256", draft.netbox().fingerprint());
        secrets.put("netbox.token", draft.netbox().token());
        Map<String, List<Integer>> lists = new LinkedHashMap<>();
        int routers = append(lists, "sources.routeros", text, draft.routeros().size());
        for (int i = 0; i < draft.routeros().size(); i++) {
            SetupDraft.RouterOs r = draft.routeros().get(i);
            String at = "sources.routeros[" + (routers + i) + "].";
            values.put(at + "name", r.name().strip());
            values.put(at + "host", r.host().strip());
            values.put(at + "transport", r.transport().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            putIfTyped(values, at + "port", r.port());
            values.put(at + "username", r.username().strip());
            secrets.put(at + "password", r.password());
            putIfTyped(values, at + "tls.fingerprint-sha256", r.fingerprint());
        }
        int clusters = append(lists, "sources.proxmox", text, draft.proxmox().size());
        for (int i = 0; i < draft.proxmox().size(); i++) {
            SetupDraft.Proxmox p = draft.proxmox().get(i);
            String at = "sources.proxmox[" + (clusters + i) + "].";
            values.put(at + "name", p.name().strip());
            values.put(at + "url", p.url().strip());
            values.put(at + "token-id", p.tokenId().strip());
            secrets.put(at + "token-secret", p.tokenSecret());
            putIfTyped(values, at + "tls.fingerprint-sha256", p.fingerprint());
        }
        return settings.save(values, secrets, lists);
    }

    /**
     * Tries the NetBox the saved config names (the form's fields merged into the file); the config is saved
     * either way.
     *
     * @return what failed, in words, when it cannot be reached; empty when it answered or no URL is set
     */
    public Optional<String> netboxProblem(SetupDraft.NetBox typed) throws InterruptedException {
        SetupDraft.NetBox netbox = new ConfigLoader(locations).load(Optional.of(target())).config()
                .map(c -> c.netbox()).map(n -> new SetupDraft.NetBox(n.url().map(Object::toString).orElse(""),
                        n.token().orElse(new Secret("")), n.tls().caFile().map(Path::toString).orElse(""),
                        n.tls().fingerprintSha256().orElse(""))).orElse(typed);
        if (netbox.url().isBlank() || testers.netbox().isEmpty()) {
            return Optional.empty();
        }
        ConnectionCheck check = testers.netbox().get().test(netbox, 0);
        return check.ok() ? Optional.empty() : Optional.of("NetBox at " + netbox.url().strip()
                + " could not be reached: " + check.message());
    }

    private static void putIfTyped(Map<String, String> values, String key, String typed) {
        if (!typed.isBlank()) {
            values.put(key, typed.strip());
        }
    }

    private static int append(Map<String, List<Integer>> lists, String list, String text, int added) {
        int before = org.netboxauto.config.ConfigFileText.entryCount(text, list);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < before + added; i++) {
            order.add(i < before ? i : -1);
        }
        lists.put(list, order);
        return before;
    }

    /**
     * Validates and writes the config.
     *
     * @return the problems found, each with its key path; empty when the file was written
     * @throws FileAlreadyExistsException when a config file appeared at {@link #target()}
     */
    public List<ConfigProblem> write(SetupDraft draft) throws IOException {
        Path target = target();
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "exists and was not overwritten");
        }
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Map<String, Path> secretFiles = new LinkedHashMap<>();
        Map<String, Secret> secrets = secrets(draft);
        secrets.forEach((key, secret) -> secretFiles.put(key, dir.resolve(SecretFiles.name(key))));
        Path draftFile = dir.resolve(target.getFileName() + ".setup");
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, Secret> s : secrets.entrySet()) {
                SecretFiles.write(secretFiles.get(s.getKey()), s.getValue());
                written.add(secretFiles.get(s.getKey()));
            }
            SecretFiles.createPrivate(draftFile);
            written.add(draftFile);
            Files.writeString(draftFile, SetupConfigText.render(draft, secretFiles), StandardCharsets.UTF_8,
                    StandardOpenOption.TRUNCATE_EXISTING);
            LoadedConfig loaded = new ConfigLoader(locations).load(Optional.of(draftFile));
            if (!loaded.isValid()) {
                deleteAll(written);
                return loaded.errors();
            }
            Files.move(draftFile, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Config written to {} with {} secret files beside it", target, secrets.size());
            return List.of();
        } catch (IOException | RuntimeException e) {
            deleteAll(written);
            throw e;
        }
    }

    private static Map<String, Secret> secrets(SetupDraft draft) {
        Map<String, Secret> secrets = new LinkedHashMap<>();
        put(secrets, "netbox.token", draft.netbox().token());
        for (int i = 0; i < draft.routeros().size(); i++) {
            put(secrets, "sources.routeros[" + i + "].password", draft.routeros().get(i).password());
        }
        for (int i = 0; i < draft.proxmox().size(); i++) {
            put(secrets, "sources.proxmox[" + i + "].token-secret", draft.proxmox().get(i).tokenSecret());
        }
        return secrets;
    }

    private static void put(Map<String, Secret> secrets, String key, Secret secret) {
        if (!secret.reveal().isBlank()) {
            secrets.put(key, new Secret(secret.reveal().strip()));
        }
    }

    private static void deleteAll(List<Path> files) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                LOG.warn("Could not remove {} after a failed setup", f);
            }
        }
    }
}
