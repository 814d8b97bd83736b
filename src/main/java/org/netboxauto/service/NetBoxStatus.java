package org.netboxauto.service;

import java.util.Optional;

/**
 * Whether NetBox answers, and its release; {@code problem} says what failed and what to do.
 *
 * @param url empty when {@code netbox.url} is not set
 */
public record NetBoxStatus(Optional<String> url, boolean reachable, Optional<String> version,
                           Optional<String> problem) {

    public static NetBoxStatus notConfigured(String what) {
        return new NetBoxStatus(Optional.empty(), false, Optional.empty(), Optional.of(what));
    }
}
