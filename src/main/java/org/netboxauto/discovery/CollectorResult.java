package org.netboxauto.discovery;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.Observation;
import org.netboxauto.core.topology.SwitchReport;

/**
 * What one collector returned, or why it failed.
 *
 * @param untrusted    when it failed on a certificate this computer does not trust: that certificate and the
 *                     config entry its source is in, for a face to offer trusting it
 * @param switchReport what a switch told of itself and its neighbours, for cabling switches in NetBox
 */
public record CollectorResult(String source, List<Observation> observations, Optional<String> error, Duration took,
                              Optional<RefusedCertificate> untrusted, Optional<SwitchReport> switchReport) {

    public CollectorResult {
        Objects.requireNonNull(source, "source");
        observations = List.copyOf(observations);
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(untrusted, "untrusted");
        Objects.requireNonNull(switchReport, "switchReport");
    }

    public CollectorResult(String source, List<Observation> observations, Optional<String> error, Duration took,
                           Optional<RefusedCertificate> untrusted) {
        this(source, observations, error, took, untrusted, Optional.empty());
    }

    public CollectorResult(String source, List<Observation> observations, Optional<String> error, Duration took) {
        this(source, observations, error, took, Optional.empty());
    }

    /** A certificate a source's peer presented and this computer refused, and the entry ({@code sources.kea[0]}). */
    public record RefusedCertificate(String entry, org.netboxauto.net.CertificateSummary certificate) {
    }

    public boolean succeeded() {
        return error.isEmpty();
    }
}
