package org.netboxauto.ui.common;

/** A setup key and whether the loaded config already has it. */
public record SetupItem(SetupKey key, boolean configured) {
}
