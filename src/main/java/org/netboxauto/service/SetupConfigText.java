package org.netboxauto.service;

import java.nio.file.Path;
import java.util.Map;

/**
 * The config file the first-run form writes: HOCON in which every value is a quoted JSON string,
 * so no text typed into the form can add keys or substitutions, and secrets only as file paths.
 */
final class SetupConfigText {

    private SetupConfigText() {
    }

    /** @param secretFiles the file holding each secret, by its config key path */
    static String render(SetupDraft draft, Map<String, Path> secretFiles) {
        StringBuilder text = new StringBuilder();
        text.append("# netbox-auto configuration, written by the first-run setup.\n")
                .append("# Every key is documented in config.example.conf; `netbox-auto config check` validates this file.\n")
                .append("# Secrets are in the files named by the *-file keys, readable only by you.\n\n");
        text.append("netbox {\n");
        if (!draft.netbox().url().isBlank()) {
            line(text, 1, "url", draft.netbox().url().strip());
        }
        secret(text, 1, "token", "netbox.token", secretFiles);
        if (!draft.netbox().caFile().isBlank()) {
            text.append("  tls { ca-file = ").append(quote(draft.netbox().caFile().strip())).append(" }\n");
        }
        // both set: HOCON merges the two blocks and validation names the clash
        tls(text, 1, draft.netbox().fingerprint());
        text.append("}\n\nsources {\n  routeros = [\n");
        for (int i = 0; i < draft.routeros().size(); i++) {
            SetupDraft.RouterOs r = draft.routeros().get(i);
            text.append("    {\n");
            line(text, 3, "name", r.name().strip());
            line(text, 3, "host", r.host().strip());
            line(text, 3, "transport", r.transport().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            if (!r.port().isBlank()) {
                // unquoted only when it is a number: anything else is quoted and reported by validation
                text.append("      port = ").append(r.port().strip().matches("\\d{1,5}") ? r.port().strip()
                        : quote(r.port().strip())).append('\n');
            }
            line(text, 3, "username", r.username().strip());
            secret(text, 3, "password", "sources.routeros[" + i + "].password", secretFiles);
            tls(text, 3, r.fingerprint());
            text.append("    }\n");
        }
        text.append("  ]\n  proxmox = [\n");
        for (int i = 0; i < draft.proxmox().size(); i++) {
            SetupDraft.Proxmox p = draft.proxmox().get(i);
            text.append("    {\n");
            line(text, 3, "name", p.name().strip());
            line(text, 3, "url", p.url().strip());
            line(text, 3, "token-id", p.tokenId().strip());
            secret(text, 3, "token-secret", "sources.proxmox[" + i + "].token-secret", secretFiles);
            tls(text, 3, p.fingerprint());
            text.append("    }\n");
        }
        return text.append("  ]\n}\n").toString();
    }

    private static void secret(StringBuilder text, int depth, String key, String path, Map<String, Path> files) {
        Path file = files.get(path);
        if (file != null) {
            line(text, depth, key + "-file", file.toString());
        }
    }

    private static void tls(StringBuilder text, int depth, String fingerprint) {
        if (!fingerprint.isBlank()) {
            text.append("  ".repeat(depth)).append("tls { fingerprint-sha256 = ").append(quote(fingerprint.strip()))
                    .append(" }\n");
        }
    }

    private static void line(StringBuilder text, int depth, String key, String value) {
        text.append("  ".repeat(depth)).append(key).append(" = ").append(quote(value)).append('\n');
    }

    /** A JSON string literal, which HOCON takes verbatim: no ${} substitution inside quotes. */
    static String quote(String value) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
