package org.netboxauto.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.netboxauto.core.TimeText;
import org.netboxauto.service.WatchHealth;

/** The watcher's health as {@code status} shows it. */
final class WatchText {

    private WatchText() {
    }

    static String line(Optional<WatchHealth> health) {
        if (health.isEmpty()) {
            return "not running here; start it with: netbox-auto schedule install (or netbox-auto watch)";
        }
        WatchHealth h = health.get();
        String last = h.lastRun().map(t -> "last run " + TimeText.text(t) + " " + h.lastStatus().orElse("")
                + h.lastRunId().map(id -> " (run " + id + ")").orElse("")).orElse("no run yet");
        return h.alive()
                ? "running (PID " + h.pid() + " since " + TimeText.text(h.started()) + "); " + last + "; next "
                        + TimeText.text(h.next())
                : "NOT RUNNING: PID " + h.pid() + " has stopped; " + last + ". Start it again with: netbox-auto watch"
                        + " (or systemctl --user start netbox-auto-watch)";
    }

    static ObjectNode json(ObjectMapper mapper, WatchHealth h) {
        ObjectNode n = mapper.createObjectNode();
        n.put("running", h.alive());
        n.put("pid", h.pid());
        n.put("started", TimeText.iso(h.started()));
        n.put("every", h.every().toString());
        n.put("lastRun", h.lastRun().map(TimeText::iso).orElse(null));
        n.put("lastStatus", h.lastStatus().orElse(null));
        n.put("lastRunId", h.lastRunId().orElse(null));
        n.put("next", TimeText.iso(h.next()));
        return n;
    }
}
