package org.netboxauto.core.push;

import java.util.Objects;
import java.util.Optional;

/**
 * Which NetBox device a switch is, and by which rule ({@code by serial FOC1234X}); or, when none,
 * why each rule found nothing.
 */
public record SwitchMatch(String switchName, Optional<SwitchInventory.Device> device, String reason) {

    public SwitchMatch {
        Objects.requireNonNull(switchName, "switchName");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code core-1 (switch sw1, by serial FOC1234X)}, or the switch's own name when it is none. */
    public String shown() {
        return device.map(d -> d.name() + " (" + how() + ")").orElse(switchName);
    }

    /** {@code switch sw1, by serial FOC1234X}; only the rule when the device has the switch's name. */
    public String how() {
        return device.isPresent() && !device.get().name().equalsIgnoreCase(switchName)
                ? "switch " + switchName + ", " + reason : reason;
    }
}
