package org.netboxauto.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.ReviewState;
import org.netboxauto.core.rules.ReviewRule;
import org.netboxauto.core.rules.ReviewRules;
import org.netboxauto.core.rules.RuleAction;
import org.netboxauto.core.rules.RuleMatch;

/** Reads {@code review.rules}: an ordered list of { name, when { ... }, then { ... } }. */
final class ReviewRulesConfig {

    private ReviewRulesConfig() {
    }

    static ReviewRules read(ConfigSection review, Set<String> kinds) {
        List<ReviewRule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConfigSection r : review.sectionList("rules")) {
            Optional<String> name = r.required("name", "a name to show as the reason, e.g. \"proxmox-vms\"");
            name.filter(n -> !names.add(n)).ifPresent(n -> r.errorAt("name", "\"" + n + "\" names two rules;"
                    + " each rule needs its own name"));
            RuleMatch when = when(r.section("when"));
            RuleAction then = then(r.section("then"), kinds);
            if (when.isEmpty()) {
                r.errorAt("when", "has no condition, so the rule would decide every host; give at least one of"
                        + " source, kind-suggestion, vendor, oui, subnet, hostname, switch, port, vlan, randomised-mac");
            }
            if (then.isEmpty()) {
                r.errorAt("then", "decides nothing; give state (approved or rejected), kind, role or site");
            }
            r.reportUnknownKeys();
            if (name.isPresent() && !when.isEmpty() && !then.isEmpty()) {
                rules.add(new ReviewRule(name.get(), when, then));
            }
        }
        return new ReviewRules(rules);
    }

    private static RuleMatch when(ConfigSection w) {
        RuleMatch match = new RuleMatch(w.string("source"), w.string("kind-suggestion"), w.string("vendor"),
                w.parsed("oui", ReviewRulesConfig::oui, "three octets such as \"bc:24:11\""),
                w.parsed("subnet", Cidr::parse, "a subnet such as 10.0.0.0/24"), w.string("hostname"),
                w.string("switch"), w.string("port"),
                w.has("vlan") ? Optional.of(w.integer("vlan", 1, 1, 4094)) : Optional.empty(),
                w.has("randomised-mac") ? Optional.of(w.bool("randomised-mac", false)) : Optional.empty());
        w.reportUnknownKeys();
        return match;
    }

    private static RuleAction then(ConfigSection t, Set<String> kinds) {
        Optional<ReviewState> state = t.parsed("state", ReviewRulesConfig::state, "approved or rejected");
        Optional<String> kind = t.string("kind");
        kind.filter(k -> !kinds.contains(k)).ifPresent(k -> t.errorAt("kind", "\"" + k + "\" is not one of"
                + " review.kinds (" + String.join(", ", kinds) + ")"));
        RuleAction action = new RuleAction(state, kind.filter(kinds::contains), t.string("role"), t.string("site"));
        t.reportUnknownKeys();
        return action;
    }

    private static ReviewState state(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "approved", "approve" -> ReviewState.APPROVED;
            case "rejected", "reject" -> ReviewState.REJECTED;
            default -> throw new IllegalArgumentException("is not a state a rule can set");
        };
    }

    private static String oui(String text) {
        String o = text.strip().toLowerCase(Locale.ROOT).replace('-', ':');
        if (!o.matches("[0-9a-f]{2}:[0-9a-f]{2}:[0-9a-f]{2}")) {
            throw new IllegalArgumentException("is not an OUI");
        }
        return o;
    }
}
