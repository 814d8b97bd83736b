package org.netboxauto.service;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.netboxauto.config.NetBoxConfig;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.netbox.HttpNetBoxClient;
import org.netboxauto.netbox.NetBoxClient;
import org.netboxauto.netbox.NetBoxException;
import org.netboxauto.netbox.RetryPolicy;

/** Reads NetBox's status with the real client and token, and reports its version. */
public final class NetBoxConnectionTester implements ConnectionTester<SetupDraft.NetBox> {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Override
    public ConnectionCheck test(SetupDraft.NetBox entry, int index) {
        URI url;
        try {
            url = URI.create(entry.url().strip());
        } catch (IllegalArgumentException e) {
            return ConnectionCheck.failed("\"" + entry.url() + "\" is not a URL; expected https://netbox.example.com");
        }
        if (url.getScheme() == null || url.getHost() == null) {
            return ConnectionCheck.failed("\"" + entry.url() + "\" is not a URL; expected https://netbox.example.com");
        }
        if (entry.token().reveal().isEmpty()) {
            return ConnectionCheck.failed("Enter the API token first.");
        }
        String pin = entry.fingerprint().strip();
        String caFile = entry.caFile().strip();
        if (!pin.isEmpty() && !caFile.isEmpty()) {
            return ConnectionCheck.failed("Set either a CA file or a fingerprint for NetBox, not both.");
        }
        TlsConfig tls = new TlsConfig(caFile.isEmpty() ? Optional.empty() : Optional.of(Path.of(caFile)),
                pin.isEmpty() ? Optional.empty() : Optional.of(pin.replace(":", "")));
        NetBoxConfig config = new NetBoxConfig(Optional.of(url), Optional.of(entry.token()), tls, TIMEOUT,
                100, 1L << 20, new NetBoxConfig.Scope(Optional.empty(), Optional.empty(), Optional.empty()), "netbox-auto",
                false, new NetBoxConfig.Defaults(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), 24));
        try (NetBoxClient client = HttpNetBoxClient.of(config, new RetryPolicy(1, Duration.ofMillis(100),
                Duration.ofMillis(100)))) {
            return ConnectionCheck.ok("Connected: NetBox " + client.version());
        } catch (NetBoxException | IllegalArgumentException e) {
            return ConnectionCheck.failed(e.getMessage(), e);
        }
    }
}
