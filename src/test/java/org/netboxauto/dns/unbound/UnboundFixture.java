package org.netboxauto.dns.unbound;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.DnsConfig;
import org.netboxauto.config.UnboundConfig;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.dns.DnsHost;
import org.netboxauto.dns.DnsTarget;
import org.netboxauto.service.DnsService;
import org.netboxauto.testsupport.SshServer;
import org.netboxauto.testsupport.UnboundServer;

/** A real sshd and a real Unbound, and the configuration that points dns.unbound at them. */
final class UnboundFixture implements AutoCloseable {

    final SshServer ssh;
    final UnboundServer unbound;
    final RecordingRemote.Recorder recorder = new RecordingRemote.Recorder();

    private UnboundFixture(SshServer ssh, UnboundServer unbound) {
        this.ssh = ssh;
        this.unbound = unbound;
    }

    static UnboundFixture start() throws IOException, InterruptedException {
        SshServer ssh = SshServer.start();
        try {
            return new UnboundFixture(ssh, UnboundServer.start());
        } catch (IOException | RuntimeException | Error e) {
            ssh.close();
            throw e;
        }
    }

    UnboundConfig config(UnboundConfig.Mode mode) {
        return config(mode, false);
    }

    UnboundConfig config(UnboundConfig.Mode mode, boolean sudo) {
        return new UnboundConfig(true, Optional.of("127.0.0.1"), ssh.port(), Optional.of(ssh.user()),
                Optional.of(ssh.clientKey()), Optional.empty(), ssh.knownHosts(), unbound.includeFile().toString(),
                Optional.of("lan.example.com"), List.of("1.168.192.in-addr.arpa"), 3600, mode,
                unbound.control().toString(), unbound.checkconf().toString(), sudo);
    }

    static AppConfig app(UnboundConfig unbound) {
        AppConfig d = AppConfig.defaults();
        return new AppConfig(d.netbox(), d.store(), d.sources(), d.correlation(), d.review(),
                new DnsConfig(unbound, d.dns().rfc2136()), d.watch(), d.alerts());
    }

    /** The service with the Unbound target's SSH connection recorded. */
    DnsService service() {
        return new DnsService(c -> List.<DnsTarget>of(new UnboundTarget(c.dns().unbound(),
                recorder.around(() -> SshRemoteHost.connect(c.dns().unbound(), System::getenv)))));
    }

    static DnsHost host(String mac, String name, String... ips) {
        return new DnsHost(MacAddress.of(mac), Optional.ofNullable(name), List.of(ips));
    }

    /** Back to no include file and an Unbound serving nothing of ours. */
    void reset() throws IOException, InterruptedException {
        Files.deleteIfExists(unbound.includeFile());
        unbound.reload();
        recorder.commands.clear();
        recorder.written.clear();
        recorder.beforeCommand = c -> { };
        recorder.afterCommand = c -> { };
    }

    @Override
    public void close() throws InterruptedException {
        try {
            unbound.close();
        } finally {
            ssh.close();
        }
    }
}
