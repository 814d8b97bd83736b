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
