package org.netboxauto.ui.push;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.netboxauto.core.TimeText;
import org.netboxauto.core.push.ActionVerb;
import org.netboxauto.core.push.Stage;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushSummary;

/** The words the Push tab uses for plan values, outcomes and times. */
final class PushTexts {

    static final String RETRY_HINT = "Retry reads NetBox again and plans only what is still missing, so nothing that"
            + " succeeded is sent twice. You see the new plan before it is applied.";

    private PushTexts() {
    }

    /** A push that stopped before its end: cancelled, or the app closed while it ran. */
    static boolean interrupted(PushSummary last) {
        return last.finished().isEmpty() || last.unfinished() > 0;
    }

    static String notice(PushSummary last, ZoneId zone) {
        return "The last push (started " + TimeText.text(last.started(), zone) + ") stopped after "
                + (last.actions() - last.unfinished()) + " of " + last.actions()
                + " actions; this preview picks up what it left.";
    }

    static String lastPush(PushSummary last, ZoneId zone) {
        return "Last push: " + TimeText.text(last.started(), zone) + " to " + last.target() + ", "
                + plural(last.actions(), "action", "actions") + ": " + last.ok() + " OK, " + last.failed()
                + " failed, " + last.skipped() + " skipped.";
    }

    /** The plan writes nothing: said so instead of an Apply button that would do nothing. */
    static String nothingToPush(PushPreview p) {
        boolean dns = !p.dns().targets().isEmpty();
        return (dns ? "NetBox and DNS already match" : "NetBox already matches") + " the approved hosts; nothing to push.";
    }

    /** {@code _Apply 12 changes to NetBox at URL and 4 to DNS}: what the button writes, and where. */
    static String apply(PushPreview p) {
        long netbox = p.plan().writes();
        long dns = p.dnsChanges().size();
        if (netbox == 0 && dns > 0) {
            return "_Apply " + plural(dns, "change", "changes") + " to DNS";
        }
        return "_Apply " + plural(netbox, "change", "changes") + " to NetBox at " + p.netbox()
                + (dns > 0 ? " and " + dns + " to DNS" : "");
    }

    static String header(PushPreview p) {
        int hosts = p.plan().hosts();
        return "NetBox " + p.version() + " at " + p.netbox() + "  ·  " + hosts + " approved host"
                + (hosts == 1 ? "" : "s") + " in scope  ·  read in " + duration(p.readTime()) + " with "
                + p.readRequests() + " requests, planned in " + duration(p.planTime());
    }

    static String stage(Stage s) {
        return switch (s) {
            case PREREQUISITES -> "prerequisites";
            case CATALOG -> "catalog";
            case MACHINES -> "devices & VMs";
            case INTERFACES -> "interfaces";
            case MACS -> "MACs";
            case PRIMARY_MACS -> "primary MACs";
            case IPS -> "IPs";
            case PRIMARY_IPS -> "primary IPs";
            case CABLES -> "cables";
            case REMOVALS -> "removals";
        };
    }

    static String verb(ActionVerb v) {
        return v.name().toLowerCase(Locale.ROOT);
    }

    static String shown(ActionRow.Shown s) {
        return switch (s) {
            case WAITING -> "waiting";
            case OK -> "OK";
            case FAILED -> "failed";
            case SKIPPED -> "skipped";
            case NOT_SENT -> "not sent";
        };
    }

    static String duration(Duration d) {
        long ms = d == null ? 0 : d.toMillis();
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
