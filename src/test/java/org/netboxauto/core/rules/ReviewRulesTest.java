package org.netboxauto.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.Review;
import org.netboxauto.core.ReviewState;
import org.netboxauto.core.compare.Hosts;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {

    private static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");

    private static RuleMatch when() {
        return new RuleMatch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static RuleAction approve(String kind) {
        return new RuleAction(Optional.of(ReviewState.APPROVED), Optional.ofNullable(kind), Optional.empty(),
                Optional.empty());
    }

    private final Host web = Hosts.host(List.of(MacAddress.of("bc:24:11:00:00:01")), "web-01",
            new PortLocation("sw1", "ge-0/0/3", Optional.of(10)), Map.of(), Set.of(), "10.0.0.11");
    private final Host phone = Hosts.host("da:a1:19:00:00:02", "Pixel-7", "10.0.5.20");

    @Test
    void eachConditionMustHoldAndGlobsIgnoreCase() {
        RuleMatch base = when();
        assertThat(with(base, "hostname", "WEB-*").matches(web)).isTrue();
        assertThat(with(base, "hostname", "db-*").matches(web)).isFalse();
        assertThat(with(base, "oui", "BC-24-11").matches(web)).isTrue();
        assertThat(with(base, "port", "ge-0/0/?").matches(web)).isTrue();
        assertThat(with(base, "switch", "sw2").matches(web)).isFalse();
        assertThat(new RuleMatch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Cidr.parse("10.0.0.0/24")), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(10), Optional.empty()).matches(web)).isTrue();
        assertThat(new RuleMatch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Cidr.parse("10.0.0.0/24")), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(20), Optional.empty()).matches(web)).isFalse();
        RuleMatch randomised = new RuleMatch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(true));
        assertThat(randomised.matches(phone)).isTrue();
        assertThat(randomised.matches(web)).isFalse();
        assertThat(with(base, "source", "routeros").matches(web)).isTrue();
        assertThat(with(base, "source", "proxmox").matches(web)).isFalse();
        assertThat(RuleMatch.glob("a.b*", "axb")).isFalse();
    }

    @Test
    void theFirstMatchingRuleDecidesOnlyHostsNobodyDecidedOn() {
        ReviewRules rules = new ReviewRules(List.of(
                new ReviewRule("web-servers", with(when(), "hostname", "web-*"), approve("server")),
                new ReviewRule("everything-on-10", with(when(), "source", "routeros"), approve(null))));
        Review person = Review.pending(phone.mac(), AT.minusSeconds(60));

        List<Review> made = rules.decide(List.of(web, phone), Map.of(phone.mac(), person), AT);

        assertThat(made).singleElement().satisfies(r -> {
            assertThat(r.mac()).isEqualTo(web.mac());
            assertThat(r.state()).isEqualTo(ReviewState.APPROVED);
            assertThat(r.kind()).contains("server");
            assertThat(r.rule()).contains("web-servers");
        });
        assertThat(made.getFirst().with(new org.netboxauto.core.Decision.SetState(ReviewState.REJECTED), AT).rule())
                .as("a person's later decision is the person's").isEmpty();
    }

    @Test
    void aRuleNeedsAConditionAndADecision() {
        assertThatThrownBy(() -> new ReviewRule("all", when(), approve(null))).hasMessageContaining("no condition");
        assertThatThrownBy(() -> new ReviewRule("none", with(when(), "hostname", "x"), new RuleAction(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))
                .hasMessageContaining("decides nothing");
    }

    private static RuleMatch with(RuleMatch m, String key, String value) {
        Optional<String> v = Optional.of(value);
        return switch (key) {
            case "hostname" -> new RuleMatch(m.source(), m.kindSuggestion(), m.vendor(), m.oui(), m.subnet(), v,
                    m.switchName(), m.port(), m.vlan(), m.randomisedMac());
            case "oui" -> new RuleMatch(m.source(), m.kindSuggestion(), m.vendor(), v, m.subnet(), m.hostname(),
                    m.switchName(), m.port(), m.vlan(), m.randomisedMac());
            case "port" -> new RuleMatch(m.source(), m.kindSuggestion(), m.vendor(), m.oui(), m.subnet(), m.hostname(),
                    m.switchName(), v, m.vlan(), m.randomisedMac());
            case "switch" -> new RuleMatch(m.source(), m.kindSuggestion(), m.vendor(), m.oui(), m.subnet(),
                    m.hostname(), v, m.port(), m.vlan(), m.randomisedMac());
            case "source" -> new RuleMatch(v, m.kindSuggestion(), m.vendor(), m.oui(), m.subnet(), m.hostname(),
                    m.switchName(), m.port(), m.vlan(), m.randomisedMac());
            default -> throw new IllegalArgumentException(key);
        };
    }
}
