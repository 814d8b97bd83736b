package org.netboxauto.ui.discovery;

import java.time.Duration;

/** {@code 1 h}, {@code 30 min}, {@code 1 h 30 min}: an interval as the switch names it. */
final class EveryText {

    private EveryText() {
    }

    static String of(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 1) {
            return d.toSeconds() + " s";
        }
        long h = minutes / 60;
        long m = minutes % 60;
        return h == 0 ? m + " min" : m == 0 ? h + " h" : h + " h " + m + " min";
    }
}
