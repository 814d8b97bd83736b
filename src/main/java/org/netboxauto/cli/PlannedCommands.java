package org.netboxauto.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The product's commands that later versions bring, with the line --help shows for each. */
final class PlannedCommands {

    static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put("approve", "Approve hosts by MAC or filter.");
        ALL.put("reject", "Reject hosts by MAC or filter.");
        ALL.put("classify", "Set the kind of hosts (server, workstation, iot...).");
        ALL.put("push", "Show the plan, then write approved hosts to NetBox and DNS.");
    }

    private PlannedCommands() {
    }
}
