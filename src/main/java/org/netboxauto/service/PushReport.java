package org.netboxauto.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.ActionOutcome.State;

/**
 * What an applied push did: each action's outcome in plan order, and links to the objects written.
 *
 * @param links NetBox web page per action key, for the objects made, changed or found
 */
public record PushReport(long pushId, List<ActionOutcome> outcomes, Map<String, String> links, long requests,
                         Duration took) {

    public PushReport {
        outcomes = List.copyOf(outcomes);
        links = Map.copyOf(links);
    }

    public long count(State state) {
        return outcomes.stream().filter(o -> o.state() == state).count();
    }

    public boolean failed() {
        return count(State.FAILED) > 0 || count(State.SKIPPED) > 0;
    }
}
