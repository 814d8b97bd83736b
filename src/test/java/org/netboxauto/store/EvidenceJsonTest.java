package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EvidenceJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesTheSameTextAsJacksonForPlainAndEscapedValues() throws Exception {
        Map<String, String> withNull = new HashMap<>();
        withNull.put("table", "arp");
        withNull.put("comment", null);
        List<Map<String, String>> cases = List.of(
                Map.of("table", "dhcp-leases", "status", "bound"),
                Map.of("z", "1", "a", "2", "m", "3"),
                Map.of("comment", "printer \"2nd floor\"", "table", "arp"),
                Map.of("path", "C:\\share", "x", "tab\there"),
                Map.of("name", "Büro–Drucker ✓", "bell", "\u0007"),
                Map.of("emoji", "router \uD83D\uDE00", "lone", "\uD800x"),
                withNull);
        for (Map<String, String> evidence : cases) {
            assertThat(EvidenceJson.of(evidence)).as(evidence.toString())
                    .isEqualTo(JSON.writeValueAsString(new TreeMap<>(evidence)));
        }
    }

    @Test
    void noEvidenceIsNoText() {
        assertThat(EvidenceJson.of(Map.of())).isNull();
    }
}
