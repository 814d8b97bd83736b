package org.netboxauto.cli;

import java.util.Optional;
import org.netboxauto.core.PeerText;
import org.netboxauto.core.Plural;
import org.netboxauto.service.AlertService;

/** One line on what a delivery round did; nothing when there was nothing to send. */
final class AlertsText {

    private AlertsText() {
    }

    static Optional<String> delivered(AlertService.Delivered d) {
        if (d.sent() == 0 && d.failed() == 0) {
            return Optional.empty();
        }
        String line = "Alerts: " + Plural.of(d.sent(), "alert") + " sent";
        if (d.failed() > 0) {
            line += "; " + d.failed() + " not sent (" + PeerText.escape(String.join("; ", d.problems()))
                    + "); they are tried again later (" + d.waiting() + " waiting)";
        }
        return Optional.of(line);
    }
}
