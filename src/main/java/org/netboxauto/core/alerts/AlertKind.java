package org.netboxauto.core.alerts;

import java.util.Locale;

/** What an alert tells. */
public enum AlertKind {
    NEW, GONE, MOVED, IP_CHANGED, NAME_CHANGED, DUPLICATE_IP, RANDOMISED_MAC, NEW_MAC_ON_STABLE_PORT;

    /** {@code ip-changed}, as config and the webhook body spell it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
