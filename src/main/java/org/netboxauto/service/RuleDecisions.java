package org.netboxauto.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.netboxauto.core.Host;
import org.netboxauto.core.Review;
import org.netboxauto.core.rules.ReviewRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** After a run: the review rules decide the hosts it saw that nobody has decided on. */
final class RuleDecisions {

    private static final Logger LOG = LoggerFactory.getLogger(RuleDecisions.class);

    private RuleDecisions() {
    }

    /** How many hosts each rule decided. */
    static Map<String, Integer> apply(ReviewRules rules, List<Host> seen, StagingStore store, Instant at) {
        Map<String, Integer> byRule = new TreeMap<>();
        if (rules.rules().isEmpty() || seen.isEmpty()) {
            return byRule;
        }
        List<Review> made = rules.decide(seen, store.reviews(), at);
        if (made.isEmpty()) {
            return byRule;
        }
        for (Review r : store.saveUndecided(made)) {
            byRule.merge(r.rule().orElseThrow(), 1, Integer::sum);
        }
        LOG.info("Review rules decided {}", byRule);
        return byRule;
    }
}
