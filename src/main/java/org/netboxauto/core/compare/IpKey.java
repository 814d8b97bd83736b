package org.netboxauto.core.compare;

import java.util.Optional;
import org.netboxauto.core.IpLiterals;

/** An IP as matching compares it: the host part only, one canonical spelling, mask dropped. */
public final class IpKey {

    private IpKey() {
    }

    /** {@code 10.0.0.5/24} and {@code 10.0.0.5} give the same key; empty for something that is no IP. */
    public static Optional<String> of(String address) {
        if (address == null) {
            return Optional.empty();
        }
        int slash = address.indexOf('/');
        String host = slash < 0 ? address : address.substring(0, slash);
        try {
            return Optional.of(IpLiterals.parse(host).getHostAddress());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
