package org.netboxauto.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Host;
import org.netboxauto.core.Review;
import org.netboxauto.core.compare.Hosts;
import org.netboxauto.service.HostEntry;

class ReviewColumnsTest {

    @Test
    void aDiscoveredNameWithABidiOverrideIsShownEscaped() {
        Host host = Hosts.host("00:50:56:00:00:01", "invoice\u202Efdp.exe");
        String shown = ReviewColumns.name(new HostEntry(host, Review.pending(host.mac(), Instant.EPOCH)));
        assertThat(shown).isEqualTo("invoice\\u202Efdp.exe");
    }
}
