package org.netboxauto.discovery.names;

/**
 * How one method did in one run.
 *
 * @param asked      addresses asked
 * @param answered   answers received (with or without a name)
 * @param named      answers that gave a name
 * @param unreadable answers refused as malformed
 */
public record MethodTally(int asked, int answered, int named, int unreadable) {

    MethodTally plus(boolean answer, boolean name, boolean refused) {
        return new MethodTally(asked + 1, answered + (answer ? 1 : 0), named + (name ? 1 : 0),
                unreadable + (refused ? 1 : 0));
    }
}
