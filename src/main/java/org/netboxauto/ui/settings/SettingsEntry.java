package org.netboxauto.ui.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import org.netboxauto.config.Secret;

/** One entry of a list (a source, a channel, a rule) as edited: where it was in the file and what changed. */
final class SettingsEntry {

    final String list;
    /** Its index in the file, or -1 for an entry added here. */
    final int from;
    final Map<String, String> values = new LinkedHashMap<>();
    final Map<String, Secret> secrets = new LinkedHashMap<>();

    SettingsEntry(String list, int from) {
        this.list = list;
        this.from = from;
    }
}
