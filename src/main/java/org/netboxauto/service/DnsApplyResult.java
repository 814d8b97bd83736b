package org.netboxauto.service;

import java.util.Optional;

/** How applying one target's plan went; {@code error} names the target and what to do. */
public record DnsApplyResult(String target, boolean ok, Optional<String> error) {

    public static DnsApplyResult done(String target) {
        return new DnsApplyResult(target, true, Optional.empty());
    }

    public static DnsApplyResult failed(String target, String error) {
        return new DnsApplyResult(target, false, Optional.of(error));
    }
}
