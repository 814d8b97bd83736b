package org.netboxauto.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A dnsmasq (or Pi-hole) lease file, read on this machine ({@code path}) or over SFTP ({@code ssh} and
 * {@code lease-file}).
 */
public record DnsmasqSource(String name, Optional<Path> path, Optional<SshAccess> ssh, String leaseFile,
                            Duration timeout) {

    /** Debian's and most routers' default; Pi-hole keeps it in /etc/pihole/dhcp.leases. */
    public static final String DEFAULT_LEASE_FILE = "/var/lib/misc/dnsmasq.leases";

    static DnsmasqSource read(ConfigSection s) {
        String name = ConfigFields.name(s).orElse("");
        Optional<Path> path = ConfigFields.path(s, "path");
        Optional<SshAccess> ssh = s.has("ssh") ? SshAccess.read(s.section("ssh"), "the dnsmasq host")
                : Optional.empty();
        String leaseFile = s.string("lease-file").orElse(DEFAULT_LEASE_FILE);
        if (path.isPresent() && s.has("ssh")) {
            s.errorAt("path", "is set together with ssh; set path for a lease file on this machine, or ssh and"
                    + " lease-file for one on another host");
        } else if (path.isEmpty() && !s.has("ssh")) {
            s.problems().error(s.keyPath("path"), "is required; set path = \"" + DEFAULT_LEASE_FILE + "\" for a"
                    + " lease file on this machine, or ssh { host, user, key-file, known-hosts } and lease-file");
        }
        if (path.isPresent() && s.has("lease-file")) {
            s.warningAt("lease-file", "is ignored with path; it names the file on the ssh host");
        }
        if (!leaseFile.startsWith("/")) {
            s.errorAt("lease-file", "\"" + leaseFile + "\" is not an absolute path");
        }
        Duration timeout = s.duration("timeout", Duration.ofSeconds(30));
        s.reportUnknownKeys();
        return new DnsmasqSource(name, path, ssh, leaseFile, timeout);
    }
}
