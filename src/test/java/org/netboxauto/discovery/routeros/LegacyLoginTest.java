package org.netboxauto.discovery.routeros;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pre-6.43 challenge answer against the published vectors (ROUTEROS.md §3.2). */
class LegacyLoginTest {

    @Test
    void answersTheDocumentedChallengeWithAnEmptyPassword() {
        assertThat(LegacyLogin.response("", "856780b7411eefd3abadee2058c149a3"))
                .isEqualTo("005062f7a5ef124d34675bf3e81f56c556");
    }

    @Test
    void answersTheGoRouterOsVector() {
        assertThat(LegacyLogin.response("passTest", "abc123")).isEqualTo("0021277bff9ac7caf06aa608e46616d47f");
    }
}
