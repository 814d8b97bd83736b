package org.netboxauto.discovery.routeros;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.RouterOsSource;
import org.netboxauto.config.RouterOsSource.Table;
import org.netboxauto.config.RouterOsSource.Transport;
import org.netboxauto.config.Secret;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerTables;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;
import org.netboxauto.testsupport.TestCertificates;

/** Prints how long 10,000 leases take over each transport against the peer; never fails on time. */
class RouterOsBenchmarkTest {

    private static final int LEASES = 10_000;
    private static final int RUNS = 5;

    @TempDir
    Path temp;

    @Test
    void tenThousandLeasesOverApiApiSslAndRest() throws Exception {
        TestCertificates cert = TestCertificates.selfSigned(temp, "router");
        PeerOptions options = PeerOptions.of(PeerVersion.V7_18).with(PeerTables.manyLeases(LEASES));
        TlsConfig pin = Sources.pinned(cert.fingerprintSha256());
        double api;
        double apiSsl;
        double rest;
        try (RouterOsPeer peer = RouterOsPeer.api(options)) {
            api = medianMillis(source(Transport.API, peer, TlsConfig.SYSTEM));
        }
        try (RouterOsPeer peer = RouterOsPeer.apiSsl(options, cert)) {
            apiSsl = medianMillis(source(Transport.API_SSL, peer, pin));
        }
        try (RouterOsPeer peer = RouterOsPeer.rest(options, cert)) {
            rest = medianMillis(source(Transport.REST, peer, pin));
        }
        System.out.printf(Locale.ROOT, "[benchmark] routeros %,d leases, median of %d runs after a warm-up:"
                + " api %.1f ms, api-ssl %.1f ms, rest %.1f ms%n", LEASES, RUNS, api, apiSsl, rest);
        System.out.printf(Locale.ROOT, "[benchmark] routeros ratios: api-ssl/api %.2fx, rest/api %.2fx,"
                + " rest/api-ssl %.2fx%n", apiSsl / api, rest / api, rest / apiSsl);
    }

    private static RouterOsSource source(Transport transport, RouterOsPeer peer, TlsConfig tls) {
        return new RouterOsSource("bench", "127.0.0.1", transport, peer.port(), "admin",
                new Secret(Sources.PASSWORD), tls,
                List.of(Table.DHCP_LEASES), Duration.ofSeconds(30));
    }

    private static double medianMillis(RouterOsSource source) throws Exception {
        RouterOsCollector collector = new RouterOsCollector(source, Sources.KEY);
        assertThat(collector.collect(new TestContext())).hasSize(LEASES);
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            int count = collector.collect(new TestContext()).size();
            millis[i] = (System.nanoTime() - start) / 1e6;
            assertThat(count).isEqualTo(LEASES);
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }
}
