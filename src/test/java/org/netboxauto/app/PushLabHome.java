package org.netboxauto.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.netboxauto.discovery.proxmox.peer.PeerFixture;
import org.netboxauto.discovery.proxmox.peer.ProxmoxPeer;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.testsupport.TestCertificates;

/**
 * A launcher home whose config reads a RouterOS peer and a Proxmox peer and pushes to a NetBox
 * fake, with the defaults new objects need.
 */
final class PushLabHome implements AutoCloseable {

    private static final String PVE_SECRET = "6a1e0c2d-4b3f-4e8a-9d7c-2f5e8b1a3c90";

    final Launcher launcher;
    final RouterOsPeer router;
    final ProxmoxPeer pve;
    private final Path home;

    PushLabHome(Path home) throws Exception {
        this.home = home;
        PeerOptions options = PeerOptions.of(PeerVersion.V7_18);
        this.router = RouterOsPeer.api(options);
        this.pve = new ProxmoxPeer(PeerFixture.labCluster(), TestCertificates.selfSigned(home.resolve("pve-tls"), "pve"),
                false).token("collector@pve!inventory", PVE_SECRET, ProxmoxPeer.AUDITOR);
        this.launcher = new Launcher(home);
        Path password = secret("router.pass", options.password());
        Path pveSecret = secret("pve.token", PVE_SECRET);
        Path config = launcher.configDir().resolve("netbox-auto.conf");
        Files.createDirectories(config.getParent());
        Files.writeString(config, """
                sources.routeros = [
                  { name = core, host = "127.0.0.1", transport = api, port = %d, username = %s,
                    password-file = "%s", collect = [dhcp-leases, arp, bridge-hosts] }
                ]
                sources.proxmox = [
                  { name = pve, url = "%s", token-id = "collector@pve!inventory", token-secret-file = "%s",
                    tls.fingerprint-sha256 = "%s", cluster = pve }
                ]
                netbox {
                  url = ${NETBOX_URL}
                  token = ${NETBOX_TOKEN}
                  timeout = 10s
                  defaults { site = hq, role = server, device-type = server }
                }
                """.formatted(router.port(), options.user(), password, pve.url(), pveSecret, pve.fingerprint()));
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
    }

    private Path secret(String name, String value) throws java.io.IOException {
        Path file = Files.writeString(home.resolve(name), value);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /** The environment that points the launcher at this NetBox. */
    static Map<String, String> netbox(FakeNetBox nb) {
        return Map.of("NETBOX_URL", nb.url().toString(), "NETBOX_TOKEN", FakeNetBox.V2_TOKEN);
    }

    @Override
    public void close() throws java.io.IOException {
        router.close();
        pve.close();
    }
}
