package org.netboxauto.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The product's commands that later versions bring, with the line --help shows for each. */
final class PlannedCommands {

    static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put("push", "Show the plan, then write approved hosts to NetBox and DNS.");
    }

    private PlannedCommands() {
    }
}
