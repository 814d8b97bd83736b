package org.netboxauto.ui.common;

import java.util.function.Predicate;
import org.netboxauto.config.AppConfig;

/**
 * A config key a tab needs, what it is for in the user's words, and when the validated config
 * counts as having it (a disabled scan or DNS target is not "set" merely for having defaults).
 */
public record SetupKey(String key, String purpose, Predicate<AppConfig> configured) {
}
