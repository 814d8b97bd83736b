package org.netboxauto.ui.discovery;

import java.util.List;
import java.util.Optional;
import org.netboxauto.core.HostChange;
import org.netboxauto.discovery.DiscoveryListener;
import org.netboxauto.discovery.RunControl;
import org.netboxauto.service.DiscoveryReport;
import org.netboxauto.service.RunSummary;

/** What the Discovery tab needs from the application; called off the FX thread. */
public interface DiscoveryServices {

    /** The ids of the configured sources; empty when none is configured or the config has errors. */
    List<String> discoverySources();

    /** @throws IllegalArgumentException when the config cannot run the chosen sources */
    DiscoveryReport discover(List<String> sources, DiscoveryListener listener, RunControl control);

    Optional<RunSummary> lastRun();

    List<HostChange> changes(long runId);

    /**
     * Pins the certificate a source refused in that source's entry of the config file ({@code sources.kea[0]}).
     *
     * @return what the pin would break in that entry; empty when pinned
     * @throws java.io.IOException when the config file cannot be written; the message names it
     */
    List<org.netboxauto.config.ConfigProblem> trustSourceCertificate(String entry,
            org.netboxauto.net.CertificateSummary certificate) throws java.io.IOException;

    /** How often the tab's "every" switch runs discovery: {@code watch.every}. */
    default java.time.Duration watchEvery() {
        return java.time.Duration.ofHours(1);
    }
}
