package org.netboxauto.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.netboxauto.service.AlertService.DesktopAlert;

/**
 * Shows the alerts of the desktop channels as notifications at the screen's corner, whether or not the
 * window has the focus: a few one by one, a burst as one notification that counts the rest.
 */
final class AlertNotifier {

    /** More at once than this are summed up, so a first run of a big network does not bury the screen. */
    static final int SHOWN_ONE_BY_ONE = 3;

    private AlertNotifier() {
    }

    static void attach(Stage stage, ShellViewModel shell) {
        shell.desktopAlerts().addListener((ListChangeListener<DesktopAlert>) change -> {
            List<DesktopAlert> alerts = List.copyOf(change.getList());
            if (!alerts.isEmpty() && stage.isShowing()) {
                show(stage, alerts);
            }
        });
    }

    private static void show(Stage stage, List<DesktopAlert> alerts) {
        int single = alerts.size() <= SHOWN_ONE_BY_ONE ? alerts.size() : SHOWN_ONE_BY_ONE - 1;
        for (DesktopAlert a : alerts.subList(0, single)) {
            notification(stage, title(a), a.summary(), a.hideAfter());
        }
        if (single < alerts.size()) {
            List<DesktopAlert> rest = alerts.subList(single, alerts.size());
            StringBuilder text = new StringBuilder();
            rest.stream().limit(4).forEach(a -> text.append(a.summary()).append('\n'));
            if (rest.size() > 4) {
                text.append("… and ").append(rest.size() - 4).append(" more; the Review tab lists the hosts");
            }
            notification(stage, rest.size() + " more alerts", text.toString().strip(), rest.getFirst().hideAfter());
        }
    }

    private static void notification(Stage stage, String title, String text, java.time.Duration hideAfter) {
        Notifications.create().owner(stage).title(title).text(text)
                .hideAfter(Duration.millis(hideAfter.toMillis())).showWarning();
    }

    /** "Alert: new host", "Alert: new MAC on a stable port". */
    static String title(DesktopAlert a) {
        return "Alert: " + switch (a.kind()) {
            case "new" -> "new host";
            case "gone" -> "host gone";
            case "moved" -> "host moved";
            case "ip-changed" -> "IP changed";
            case "name-changed" -> "name changed";
            case "duplicate-ip" -> "duplicate IP";
            case "randomised-mac" -> "randomised MAC";
            case "new-mac-on-stable-port" -> "new MAC on a stable port";
            default -> a.kind();
        };
    }
}
