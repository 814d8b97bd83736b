package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {

    @Test
    void readsWhatInstantWritesAsInstantReadsIt() {
        for (Instant t : new Instant[] {Instant.parse("2026-03-01T10:15:30Z"), Instant.parse("2026-03-01T10:15:30.1Z"),
                Instant.parse("2024-02-29T23:59:59.123456Z"), Instant.parse("1999-12-31T00:00:00.123456789Z"),
                Instant.EPOCH}) {
            assertThat(IsoInstants.parse(t.toString())).isEqualTo(t);
        }
    }

    @Test
    void anythingElseGoesToInstantParseWhichNamesTheText() {
        assertThat(IsoInstants.parse("+12026-03-01T10:15:30Z")).isEqualTo(Instant.parse("+12026-03-01T10:15:30Z"));
        assertThatThrownBy(() -> IsoInstants.parse("2026-02-30T10:15:30Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoInstants.parse("2026-03-01T25:15:30Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoInstants.parse("2026-03-01T1x:15:30Z")).isInstanceOf(DateTimeParseException.class);
    }
}
