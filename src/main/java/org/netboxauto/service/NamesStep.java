package org.netboxauto.service;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.netboxauto.config.NamesConfig;
import org.netboxauto.core.Host;
import org.netboxauto.core.Observation;
import org.netboxauto.core.Plural;
import org.netboxauto.core.names.FoundName;
import org.netboxauto.core.names.NameMethod;
import org.netboxauto.core.names.NameRequest;
import org.netboxauto.core.names.NamelessHosts;
import org.netboxauto.discovery.names.MethodTally;
import org.netboxauto.discovery.names.NameFinder;
import org.netboxauto.discovery.names.NameResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the sources of a run: names for the hosts none of them named, each method stored as a source of the run
 * ({@code names:ptr}...). A method that could not ask anything is a note on that method, never a failed run.
 */
final class NamesStep {

    private static final Logger LOG = LoggerFactory.getLogger(NamesStep.class);

    private NamesStep() {
    }

    /**
     * Adds the names found to {@code observations} and each method's outcome to {@code outcomes}.
     *
     * @return the ids of the methods that were asked and answered as expected, to count as read
     */
    static Set<String> run(NamesConfig config, StagingStore store, long runId, Instant runTime,
            Collection<Host> previous, List<Observation> observations, List<SourceOutcome> outcomes) {
        if (!config.enabled() || config.methods().isEmpty()) {
            return Set.of();
        }
        List<NameRequest> requests = NamelessHosts.pick(observations, previous);
        if (requests.isEmpty()) {
            return Set.of();
        }
        NameFinder finder = NameFinder.of(config);
        long start = System.nanoTime();
        NameResults results;
        try {
            results = finder.find(requests);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Set.of();
        }
        LOG.info("Names for {}: {} in {} ms", Plural.of(requests.size(), "nameless host"),
                config.methods().stream().map(m -> m.sourceId() + " " + results.tallies().get(m).named())
                        .collect(Collectors.joining(", ")), (System.nanoTime() - start) / 1_000_000);
        Set<String> read = new TreeSet<>();
        for (NameMethod method : config.methods()) {
            MethodTally tally = results.tallies().get(method);
            List<Observation> found = results.found().stream().filter(f -> f.method() == method)
                    .map(f -> f.observation(runTime)).toList();
            SourceOutcome outcome = method == NameMethod.PTR && tally.asked() > 0 && tally.answered() == 0
                    ? SourceOutcome.failed(method.sourceId(), silentServers(config, finder, tally))
                    : SourceOutcome.succeeded(method.sourceId(), found.size());
            store.saveSource(runId, outcome, found);
            outcomes.add(outcome);
            if (outcome.succeeded()) {
                observations.addAll(found);
                read.add(method.sourceId());
            }
        }
        return read;
    }

    private static String silentServers(NamesConfig config, NameFinder finder, MethodTally tally) {
        String servers = finder.dnsServers().isEmpty() ? "no name server is configured"
                : "the name server " + finder.dnsServers().stream()
                .map(s -> s.getAddress().getHostAddress() + ":" + s.getPort()).collect(Collectors.joining(", "))
                + " did not answer";
        return servers + " for any of " + Plural.of(tally.asked(), "reverse lookup") + " within "
                + config.timeout().toMillis() + " ms; check names.dns-servers"
                + (config.dnsServers().isEmpty() ? " (unset: the system's resolv.conf is used)" : "");
    }
}
