package org.netboxauto.netbox;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.util.Timeout;
import org.netboxauto.config.NetBoxConfig;
import org.netboxauto.net.PeerTrust;

/** The pooled HTTP client for one NetBox: its TLS trust, timeouts and a pool wide enough for parallel reads. */
final class PooledHttpClients {

    static final int MAX_CONNECTIONS = 8;

    private PooledHttpClients() {
    }

    static CloseableHttpClient build(NetBoxConfig config) {
        PeerTrust trust = PeerTrust.of(config.tls(), "netbox.");
        // a pinned certificate identifies the peer by itself; otherwise the host name is checked as usual
        DefaultClientTlsStrategy tls = trust.checkHostname()
                ? new DefaultClientTlsStrategy(trust.sslContext())
                : new DefaultClientTlsStrategy(trust.sslContext(), HostnameVerificationPolicy.CLIENT,
                        NoopHostnameVerifier.INSTANCE);
        Timeout timeout = Timeout.of(config.timeout());
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(tls)
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout)
                        .setSocketTimeout(timeout).build())
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .build();
        return org.apache.hc.client5.http.impl.classic.HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }
}
