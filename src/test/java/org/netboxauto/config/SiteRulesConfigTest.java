package org.netboxauto.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code netbox.sites}: read in order, each mistake named by its entry's key with what to do. */
class SiteRulesConfigTest {

    private static final String SOURCES = """
            sources.routeros = [{ name = core-router, host = 10.0.0.1, username = u, password = p }]
            """;

    @TempDir
    Path dir;

    @Test
    void rulesAreReadInOrderWithTheirOptionalValues() throws IOException {
        LoadedConfig loaded = new ConfigFixture(dir).load(SOURCES + """
                netbox.sites = [
                  { match { subnet = "10.1.0.0/16" }, site = branch1, location = "floor-2", tenant = acme, vrf = blue,
                    vlan-group = "branch1-vlans" }
                  { match { source = "routeros:core-router", switch = sw-hq }, site = hq }
                  { match { subnet = "2001:db8:2::/48" }, site = branch2 }
                ]
                """);

        assertThat(loaded.errors()).isEmpty();
        List<SiteRuleEntry> rules = loaded.config().orElseThrow().netbox().sites();
        assertThat(rules).extracting(SiteRuleEntry::site).containsExactly("branch1", "hq", "branch2");
        assertThat(rules.getFirst().match().subnet().orElseThrow()).hasToString("10.1.0.0/16");
        assertThat(rules.getFirst().location()).contains("floor-2");
        assertThat(rules.getFirst().vrf()).contains("blue");
        assertThat(rules.getFirst().vlanGroup()).contains("branch1-vlans");
        assertThat(rules.get(1).match().source()).contains("routeros:core-router");
        assertThat(rules.get(1).match().switchName()).contains("sw-hq");
        assertThat(AppConfig.defaults().netbox().sites()).isEmpty();
        assertThat(ConfigKeys.entryKeys("netbox.sites")).contains("match.source", "match.subnet", "match.switch",
                "site", "location", "tenant", "vrf", "vlan-group");
        assertThat(ConfigKeys.LISTS).containsKey("netbox.sites");
        assertThat(EffectiveSettings.rows(loaded.config().orElseThrow(), List.of()))
                .extracting(r -> r.key() + " = " + r.value())
                .contains("netbox.sites[0].match.subnet = 10.1.0.0/16", "netbox.sites[1].match.switch = sw-hq",
                        "netbox.sites[0].vlan-group = branch1-vlans", "netbox.sites[2].site = branch2");
        LoadedConfig scan = new ConfigFixture(dir).load("sources.scan { enabled = true, subnets = [\"10.9.0.0/24\"] }\n");
        assertThat(EffectiveSettings.rows(scan.config().orElseThrow(), List.of()))
                .extracting(r -> r.key() + " = " + r.value()).contains("sources.scan.subnets = [10.9.0.0/24]");
    }

    @Test
    void eachMistakeIsNamedByItsKeyWithWhatToDo() throws IOException {
        LoadedConfig loaded = new ConfigFixture(dir).load(SOURCES + """
                netbox.sites = [
                  { match { subnet = "10.1.0.0/16" } }
                  { site = hq }
                  { match { subnet = "10.1.0.300/16" }, site = b }
                  { match { source = "routeros:edge" }, site = b }
                  { match { swich = sw1 }, site = b, vfr = blue }
                ]
                """);

        assertThat(loaded.errors()).extracting(ConfigProblem::describe)
                .anySatisfy(m -> assertThat(m).contains("netbox.sites[0].site").contains("is required"))
                .anySatisfy(m -> assertThat(m).contains("netbox.sites[1].match").contains("no criterion")
                        .contains("match.subnet"))
                .anySatisfy(m -> assertThat(m).contains("netbox.sites[2].match.subnet").contains("10.1.0.300/16"))
                .anySatisfy(m -> assertThat(m).contains("netbox.sites[3].match.source").contains("routeros:edge")
                        .contains("routeros:core-router"))
                .anySatisfy(m -> assertThat(m).contains("netbox.sites[4].match.swich").contains("switch"))
                .anySatisfy(m -> assertThat(m).contains("netbox.sites[4].vfr").contains("vrf"));
        assertThat(loaded.errors()).noneSatisfy(m -> assertThat(m.describe()).contains("netbox.sites[2].match "));
    }
}
