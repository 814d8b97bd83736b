package org.netboxauto.ui;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.netboxauto.core.Observation;
import org.netboxauto.core.topology.SwitchReport;
import org.netboxauto.discovery.Collector;
import org.netboxauto.discovery.CollectorContext;

/** A source of a lab network: hands its run the observations and, for a switch, its report, as SNMP would. */
record LabCollector(String sourceId, List<Observation> observations, Optional<SwitchReport> report)
        implements Collector {

    @Override
    public String configKey() {
        return "sources.lab[" + sourceId + "]";
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(60);
    }

    @Override
    public List<Observation> collect(CollectorContext context) {
        report.ifPresent(context::report);
        return observations;
    }
}
