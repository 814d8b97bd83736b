package org.netboxauto.netbox;

import org.netboxauto.config.Secret;

/** The {@code Authorization} value: NetBox tells v2 tokens by their {@code nbt_} prefix, not by the keyword. */
final class TokenHeader {

    static final String V2_PREFIX = "nbt_";

    private TokenHeader() {
    }

    static String of(Secret token) {
        String t = token.reveal().strip();
        return (t.startsWith(V2_PREFIX) ? "Bearer " : "Token ") + t;
    }
}
