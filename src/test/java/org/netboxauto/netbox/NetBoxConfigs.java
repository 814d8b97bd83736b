package org.netboxauto.netbox;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.netboxauto.config.NetBoxConfig;
import org.netboxauto.config.Secret;
import org.netboxauto.config.TlsConfig;

/** {@code netbox} config sections pointing at a test peer. */
public final class NetBoxConfigs {

    public static final RetryPolicy FAST_RETRY = new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(100));

    private NetBoxConfigs() {
    }

    public static NetBoxConfig of(URI url, String token) {
        return of(url, token, TlsConfig.SYSTEM, 1000, null);
    }

    /** @param scope null for all of NetBox */
    public static NetBoxConfig of(URI url, String token, TlsConfig tls, int pageSize, NetBoxConfig.Scope scope) {
        NetBoxConfig.Scope s = scope != null ? scope
                : new NetBoxConfig.Scope(Optional.empty(), Optional.empty(), Optional.empty());
        return new NetBoxConfig(Optional.of(url), Optional.of(new Secret(token)), tls, Duration.ofSeconds(10),
                pageSize, 256L << 20, s, "netbox-auto", false, new NetBoxConfig.Defaults(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 24));
    }

    /** A config with its own timeout and answer size limit, for peers that misbehave. */
    public static NetBoxConfig bounded(URI url, Duration timeout, long maxResponse) {
        NetBoxConfig c = of(url, FAKE_TOKEN);
        return new NetBoxConfig(c.url(), c.token(), c.tls(), timeout, 2, maxResponse, c.scope(), c.tag(),
                c.createMissing(), c.defaults());
    }

    private static final String FAKE_TOKEN = "0123456789abcdef0123456789abcdef01234567";

    public static NetBoxConfig.Scope scope(String site, String tenant, String tag) {
        return new NetBoxConfig.Scope(Optional.ofNullable(site), Optional.ofNullable(tenant), Optional.ofNullable(tag));
    }

    public static HttpNetBoxClient client(URI url, String token) {
        return HttpNetBoxClient.of(of(url, token), FAST_RETRY);
    }
}
