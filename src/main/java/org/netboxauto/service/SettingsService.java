package org.netboxauto.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.config.ConfigFileText;
import org.netboxauto.config.ConfigKeys;
import org.netboxauto.config.ConfigLoader;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.config.ConfigProblem;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.config.Secret;
import org.netboxauto.net.CertificateSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Edits the config file in place: checks the edited file with the rules of {@code config check} before
 * it replaces the old one, keeps its comments and every key not edited, and puts each secret typed in
 * into its own file readable only by the user, the config naming that file.
 */
public final class SettingsService {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsService.class);

    private final ConfigLocations locations;
    private final Optional<Path> explicit;

    public SettingsService(ConfigLocations locations, Optional<Path> explicit) {
        this.locations = locations;
        this.explicit = explicit;
    }

    /** The file edited: the config in use, or where a new one is written. */
    public Path file() {
        return new ConfigLoader(locations).load(explicit).file().orElse(locations.initTarget(explicit))
                .toAbsolutePath();
    }

    /** What the file sets now, by key path, as text to edit; secrets are left out (their *-file keys are not). */
    public Map<String, String> values() throws IOException {
        Map<String, String> values = new LinkedHashMap<>(ConfigFileText.values(text(file())));
        values.keySet().removeIf(ConfigKeys::isSecret);
        return values;
    }

    /** How many entries each list of {@link ConfigKeys#LISTS} has in the file. */
    public Map<String, Integer> entryCounts() throws IOException {
        String text = text(file());
        Map<String, Integer> counts = new LinkedHashMap<>();
        ConfigKeys.LISTS.keySet().forEach(list -> counts.put(list, ConfigFileText.entryCount(text, list)));
        return counts;
    }

    /** Which secrets the file sets, inline or in a file, without their values. */
    public Set<String> secretsSet() throws IOException {
        return ConfigFileText.values(text(file())).keySet().stream()
                .map(k -> k.endsWith("-file") ? k.substring(0, k.length() - "-file".length()) : k)
                .filter(ConfigKeys::isSecret).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Checks and writes the edited config.
     *
     * @param values  key path to the text typed ("" removes the key); keys in lists carry their new index
     * @param secrets key path to the secret typed, written to the key's file
     * @param lists   for each list of entries whose entries were added, removed or moved: the index each
     *                new entry had before, -1 for an added one
     * @return every problem {@code config check} finds in the edited file, each naming its key; empty when
     *         the file was written
     * @throws IOException when the file or a secret file cannot be written; the message names it
     */
    public List<ConfigProblem> save(Map<String, String> values, Map<String, Secret> secrets,
            Map<String, List<Integer>> lists) throws IOException {
        return save(values, secrets, lists, "");
    }

    /** @param blockingUnder only problems of keys under this path refuse the save; "" for all */
    private List<ConfigProblem> save(Map<String, String> values, Map<String, Secret> secrets,
            Map<String, List<Integer>> lists, String blockingUnder) throws IOException {
        Path target = file();
        String original = text(target);
        Map<String, String> all = new LinkedHashMap<>(values);
        Map<String, String> current = ConfigFileText.values(original);
        Map<Path, Optional<byte[]>> before = new LinkedHashMap<>();
        List<Map.Entry<Path, Secret>> toWrite = new ArrayList<>();
        for (Map.Entry<String, Secret> s : secrets.entrySet()) {
            if (s.getValue().reveal().isBlank()) {
                continue;
            }
            String fileKey = s.getKey() + "-file";
            Path secretFile = Optional.ofNullable(all.get(fileKey)).filter(f -> !f.isBlank())
                    .or(() -> Optional.ofNullable(current.get(fileKey)))
                    .map(Path::of).orElse(target.resolveSibling(SecretFiles.name(s.getKey())));
            all.put(fileKey, secretFile.toString());
            all.put(s.getKey(), "");
            toWrite.add(Map.entry(secretFile, new Secret(s.getValue().reveal().strip())));
        }
        String edited;
        try {
            edited = ConfigFileText.edit(original, all, lists);
        } catch (IllegalArgumentException e) {
            int colon = e.getMessage().indexOf(": ");
            return List.of(ConfigProblem.error(colon > 0 ? e.getMessage().substring(0, colon) : "",
                    colon > 0 ? e.getMessage().substring(colon + 2) : e.getMessage()));
        }
        Files.createDirectories(target.getParent());
        Path draft = target.resolveSibling(target.getFileName() + ".edit");
        try {
            for (Map.Entry<Path, Secret> s : toWrite) {
                before.put(s.getKey(), Files.exists(s.getKey()) ? Optional.of(Files.readAllBytes(s.getKey()))
                        : Optional.empty());
                SecretFiles.write(s.getKey(), s.getValue());
            }
            SecretFiles.createPrivate(draft);
            Files.writeString(draft, edited, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            LoadedConfig loaded = new ConfigLoader(locations).load(Optional.of(draft));
            if (loaded.errors().stream().anyMatch(p -> p.path().startsWith(blockingUnder))) {
                restore(before);
                Files.deleteIfExists(draft);
                return loaded.errors().stream().filter(p -> p.path().startsWith(blockingUnder)).map(p -> ConfigProblem.error(p.path(),
                        p.message().replace(draft.toString(), target.toString()))).toList();
            }
            keepPermissions(target, draft);
            Files.move(draft, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("Settings saved to {} ({} keys and {} secrets changed)", target, values.size(), toWrite.size());
            return List.of();
        } catch (IOException e) {
            restore(before);
            Files.deleteIfExists(draft);
            throw new IOException(why(e), e);
        } catch (RuntimeException e) {
            restore(before);
            Files.deleteIfExists(draft);
            throw e;
        }
    }

    /** What went wrong with a file, in words: NIO's own messages are often just the path. */
    static String why(IOException e) {
        return switch (e) {
            case java.nio.file.AccessDeniedException a -> a.getFile() + " cannot be written: no permission; fix the"
                    + " permissions of the file or its folder";
            case java.nio.file.NoSuchFileException n -> n.getFile() + " does not exist; check the path and its folder";
            case java.nio.file.FileSystemException f -> f.getFile() + " cannot be written"
                    + (f.getReason() == null ? "" : ": " + f.getReason());
            default -> e.getMessage() == null ? "a file could not be written" : e.getMessage();
        };
    }

    /**
     * Pins the certificate a peer presented in the entry whose TLS it is ({@code netbox},
     * {@code sources.proxmox[0]}), in place of a CA file.
     *
     * Problems elsewhere in the file do not stop it: the pin is what makes that peer usable.
     *
     * @return the problems the pin would bring to that entry's TLS keys; empty when pinned
     */
    public List<ConfigProblem> pin(String entry, CertificateSummary certificate) throws IOException {
        if (!certificate.sha256().matches("[0-9A-F:]{64,95}")) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint: " + certificate.sha256());
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(entry + ".tls.ca-file", "");
        values.put(entry + ".tls.fingerprint-sha256", certificate.sha256());
        return save(values, Map.of(), Map.of(), entry + ".tls");
    }

    private static String text(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static void keepPermissions(Path target, Path draft) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(target);
            Files.setPosixFilePermissions(draft, mode);
        } catch (UnsupportedOperationException e) {
            // Windows: the new file inherits the folder's ACL, like the old one did
        }
    }

    private static void restore(Map<Path, Optional<byte[]>> before) {
        before.forEach((file, bytes) -> {
            try {
                if (bytes.isPresent()) {
                    Files.write(file, bytes.get());
                } else {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                LOG.warn("Could not put back {} after a refused save", file);
            }
        });
    }
}
