package org.netboxauto.core.rules;

import java.util.Objects;

/** One of the admin's review rules: a name to show as the reason, when it applies, what it decides. */
public record ReviewRule(String name, RuleMatch when, RuleAction then) {

    public ReviewRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(then, "then");
        if (when.isEmpty()) {
            throw new IllegalArgumentException("rule \"" + name + "\" has no condition; it would decide every host");
        }
        if (then.isEmpty()) {
            throw new IllegalArgumentException("rule \"" + name + "\" decides nothing");
        }
    }
}
