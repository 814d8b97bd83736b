package org.netboxauto.core.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WatchScheduleTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant NOON = Instant.parse("2026-12-02T11:00:00Z"); // 12:00 in Berlin

    private final WatchSchedule hourly = new WatchSchedule(Map.of("routeros:core", Duration.ofHours(1),
            "scan:lab", Duration.ofMinutes(15)), Optional.empty(), ZONE);

    @Test
    void aSourceNeverReadIsDueAtOnceAndEachThenRunsOnItsOwnInterval() {
        assertThat(hourly.due(NOON, Map.of())).containsExactly("routeros:core", "scan:lab");

        Map<String, Instant> read = Map.of("routeros:core", NOON, "scan:lab", NOON);
        assertThat(hourly.due(NOON.plusSeconds(60), read)).isEmpty();
        assertThat(hourly.next(NOON.plusSeconds(60), read)).isEqualTo(NOON.plus(Duration.ofMinutes(15)));
        assertThat(hourly.due(NOON.plus(Duration.ofMinutes(15)), read)).containsExactly("scan:lab");
        assertThat(hourly.due(NOON.plus(Duration.ofHours(1)), read)).containsExactly("routeros:core", "scan:lab");
    }

    @Test
    void quietHoursHoldEveryRunUntilTheyEndAcrossMidnight() {
        WatchSchedule quiet = new WatchSchedule(Map.of("scan:lab", Duration.ofMinutes(15)),
                Optional.of(QuietHours.parse("22:00-06:00")), ZONE);
        Instant late = Instant.parse("2026-12-02T21:30:00Z"); // 22:30 in Berlin
        Map<String, Instant> read = Map.of("scan:lab", late.minus(Duration.ofHours(2)));

        assertThat(quiet.due(late, read)).isEmpty();
        assertThat(quiet.next(late, read)).isEqualTo(Instant.parse("2026-12-03T05:00:00Z"));
        assertThat(quiet.due(Instant.parse("2026-12-03T05:00:00Z"), read)).containsExactly("scan:lab");
    }

    @Test
    void quietWindowsAreParsedOrRefusedInWords() {
        QuietHours day = QuietHours.parse("12:30 - 13:00");
        assertThat(day.contains(LocalTime.of(12, 45))).isTrue();
        assertThat(day.contains(LocalTime.of(13, 0))).isFalse();
        assertThat(QuietHours.parse("23:00-01:00").contains(LocalTime.of(0, 30))).isTrue();
        assertThatThrownBy(() -> QuietHours.parse("late")).hasMessageContaining("\"late\" is not a time window");
        assertThatThrownBy(() -> QuietHours.parse("10:00-10:00")).hasMessageContaining("needs a length");
    }
}
