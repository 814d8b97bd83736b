package org.netboxauto.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A name longer than a DNS name can be is cut where it enters, and the host's evidence says so. */
class ObservationNameCutTest {

    private static Observation seen(String name) {
        return new Observation("routeros:core", Instant.EPOCH, MacAddress.of("02:00:00:00:00:01"), List.of(),
                HostNames.clean(name), Optional.empty(), Map.of(Evidence.TABLE, "dhcp-leases"));
    }

    @Test
    void aTenThousandCharacterNameIsCutTo253AndTheEvidenceSaysSo() {
        Observation o = seen("a".repeat(10_000));
        assertThat(o.hostname()).contains("a".repeat(HostNames.MAX_LENGTH));
        assertThat(o.evidence()).containsEntry(Evidence.NAME_CUT,
                "the source's name was 10000 characters long; the first 253 are kept")
                .containsEntry(Evidence.TABLE, "dhcp-leases");
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String name = "x".repeat(252) + "\uD83D\uDE00" + "tail";
        Observation o = seen(name);
        assertThat(o.hostname()).contains("x".repeat(252) + "\uD83D\uDE00");
        assertThat(o.evidence()).containsKey(Evidence.NAME_CUT);
    }

    @Test
    void aNameThatFitsIsKeptWithoutANote() {
        Observation o = seen("x".repeat(HostNames.MAX_LENGTH));
        assertThat(o.hostname()).contains("x".repeat(HostNames.MAX_LENGTH));
        assertThat(o.evidence()).doesNotContainKey(Evidence.NAME_CUT);
    }
}
