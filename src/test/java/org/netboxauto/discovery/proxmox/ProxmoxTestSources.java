package org.netboxauto.discovery.proxmox;

import java.time.Duration;
import java.util.Optional;
import org.netboxauto.config.ProxmoxSource;
import org.netboxauto.config.Secret;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.discovery.proxmox.peer.ProxmoxPeer;

/** Sources pointing at a {@link ProxmoxPeer}, pinned to its certificate. */
final class ProxmoxTestSources {

    static final String TOKEN_ID = "collector@pve!inventory";
    static final String TOKEN_SECRET = "2d0f3c1e-8a5b-4e0e-9f61-3b1f7c9a0d42";
    static final String USER = "collector@pve";
    static final String PASSWORD = "s3cret-Passw0rd";
    static final String KEY = "sources.proxmox[0]";

    private ProxmoxTestSources() {
    }

    static ProxmoxSource token(ProxmoxPeer peer, String secret, Duration timeout) {
        return new ProxmoxSource("pve", peer.url(), Optional.of(TOKEN_ID), Optional.of(new Secret(secret)),
                Optional.empty(), Optional.empty(), pinned(peer), timeout, true, Optional.empty());
    }

    static ProxmoxSource token(ProxmoxPeer peer) {
        return token(peer, TOKEN_SECRET, Duration.ofSeconds(10));
    }

    static ProxmoxSource password(ProxmoxPeer peer, String password) {
        return new ProxmoxSource("pve", peer.url(), Optional.empty(), Optional.empty(), Optional.of(USER),
                Optional.of(new Secret(password)), pinned(peer), Duration.ofSeconds(10), true, Optional.empty());
    }

    static TlsConfig pinned(ProxmoxPeer peer) {
        return new TlsConfig(Optional.empty(), Optional.of(peer.fingerprint()));
    }

    static ProxmoxCollector collector(ProxmoxSource source) {
        return new ProxmoxCollector(source, KEY);
    }
}
