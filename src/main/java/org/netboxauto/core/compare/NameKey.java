package org.netboxauto.core.compare;

import java.util.Locale;
import java.util.Optional;
import org.netboxauto.core.HostNames;
import org.netboxauto.core.IpLiterals;

/** Host names as matching compares them: cleaned, lower-case, without the domain. */
public final class NameKey {

    private NameKey() {
    }

    public static Optional<String> of(String name) {
        return HostNames.clean(name).map(n -> {
            String lower = n.toLowerCase(Locale.ROOT);
            if (IpLiterals.isLiteral(lower)) {
                return lower;
            }
            int dot = lower.indexOf('.');
            return dot > 0 ? lower.substring(0, dot) : lower;
        }).filter(n -> !n.isEmpty());
    }
}
