package org.netboxauto.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** A Proxmox VE cluster or node read over its HTTPS API, with an API token or a user login. */
public record ProxmoxSource(String name, URI url, Optional<String> tokenId, Optional<Secret> tokenSecret,
                            Optional<String> username, Optional<Secret> password, TlsConfig tls,
                            Duration timeout, boolean guestAgent, Optional<String> cluster) {

    static ProxmoxSource read(ConfigSection s) {
        String name = ConfigFields.name(s).orElse("");
        URI url = ConfigFields.url(s, "url", true, true, "https://HOST:PORT").orElse(null);
        Optional<String> tokenId = s.string("token-id").filter(id -> {
            if (id.matches("[^@!\\s]+@[^@!\\s]+![A-Za-z0-9._-]+")) {
                return true;
            }
            s.errorAt("token-id", "\"" + id + "\" is not a token id; expected USER@REALM!TOKENID");
            return false;
        });
        Optional<Secret> tokenSecret = SecretReader.read(s, "token-secret");
        Optional<String> username = s.string("username");
        Optional<Secret> password = SecretReader.read(s, "password");
        checkOneLogin(s, tokenId.isPresent() || s.has("token-id"), tokenSecret.isPresent() || s.has("token-secret")
                || s.has("token-secret-file"), username.isPresent(), password.isPresent() || s.has("password")
                || s.has("password-file"));
        TlsConfig tls = TlsConfig.read(s);
        Duration timeout = s.duration("timeout", Duration.ofSeconds(60));
        boolean guestAgent = s.bool("guest-agent", true);
        Optional<String> cluster = s.string("cluster");
        s.reportUnknownKeys();
        return new ProxmoxSource(name, url, tokenId, tokenSecret, username, password, tls, timeout, guestAgent, cluster);
    }

    private static void checkOneLogin(ConfigSection s, boolean id, boolean secret, boolean user, boolean password) {
        boolean token = id || secret;
        boolean login = user || password;
        if (token && login) {
            s.errorAt("token-id", "an API token and a username/password are both set; use one (a token is preferred)");
        } else if (!token && !login) {
            s.problems().error(s.keyPath("token-id"), "is required; set token-id and token-secret"
                    + " (or token-secret-file), or username and password");
        } else if (token && !(id && secret)) {
            s.problems().error(s.keyPath(id ? "token-secret" : "token-id"), "is required with "
                    + (id ? "token-id" : "token-secret") + "; an API token needs both its id and its secret");
        } else if (login && !(user && password)) {
            s.problems().error(s.keyPath(user ? "password" : "username"), "is required with "
                    + (user ? "username" : "password") + "; a login needs both");
        }
    }
}
