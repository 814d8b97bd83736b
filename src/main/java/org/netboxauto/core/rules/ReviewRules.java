package org.netboxauto.core.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Review;

/**
 * The admin's rules in order: the first whose {@code when} matches decides. They decide only hosts
 * nobody has decided on: a host with any review (a person's, even one set back to pending, or an
 * earlier rule's) is left as it is, so a person's decision always wins and is never undone.
 */
public record ReviewRules(List<ReviewRule> rules) {

    public static final ReviewRules NONE = new ReviewRules(List.of());

    public ReviewRules {
        rules = List.copyOf(rules);
    }

    public Optional<ReviewRule> first(Host host) {
        return rules.stream().filter(r -> r.when().matches(host)).findFirst();
    }

    /** The reviews the rules make for the undecided among {@code hosts}. */
    public List<Review> decide(List<Host> hosts, Map<MacAddress, Review> decided, Instant at) {
        List<Review> made = new ArrayList<>();
        if (rules.isEmpty()) {
            return made;
        }
        for (Host h : hosts) {
            if (!decided.containsKey(h.mac())) {
                first(h).ifPresent(r -> made.add(r.then().review(h.mac(), r.name(), at)));
            }
        }
        return made;
    }
}
