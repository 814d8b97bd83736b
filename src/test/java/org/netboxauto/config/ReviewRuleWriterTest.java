package org.netboxauto.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.ReviewState;
import org.netboxauto.core.rules.ReviewRule;
import org.netboxauto.core.rules.ReviewRules;
import org.netboxauto.core.rules.RuleAction;
import org.netboxauto.core.rules.RuleMatch;

/** A rule added to the config file: the file keeps its comments and other settings, and loads with the rule last. */
class ReviewRuleWriterTest {

    @TempDir
    Path home;

    private static final String CONFIG = """
            # how we reach NetBox
            netbox { url = "https://netbox.example.com", token = ${?NETBOX_TOKEN} }

            review {
              kinds = [server, vm, printer]
              # printers first: facilities owns them
              rules = [
                # every printer on the office floor
                { name = printers, when { vendor = "Brother" }, then { state = approved, kind = printer } }
              ]
            }
            # the lab router
            sources.routeros = [ { name = core, host = "192.0.2.1", username = u, password = ${?ROUTER_PASSWORD} } ]
            """;

    private static final ReviewRule VMS = new ReviewRule("lab \"vms\"", new RuleMatch(Optional.of("proxmox:pve"),
            Optional.empty(), Optional.of("Proxmox Server Solutions GmbH"), Optional.empty(),
            Optional.of(Cidr.parse("10.20.0.0/24")), Optional.of("vm-*"), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty()), new RuleAction(Optional.of(ReviewState.APPROVED), Optional.of("vm"),
            Optional.empty(), Optional.empty()));

    @Test
    void theRuleGoesLastAndEveryCommentAndSettingStays() throws Exception {
        Path file = write(CONFIG);
        ReviewRuleWriter.append(file, VMS);
        String after = Files.readString(file);
        assertThat(after).contains("# how we reach NetBox", "# printers first: facilities owns them",
                "# every printer on the office floor", "# the lab router", "token = ${?NETBOX_TOKEN}");
        assertThat(after).as("the rules already there, as written").contains("  rules = [\n"
                + "    # every printer on the office floor\n"
                + "    { name = printers, when { vendor = \"Brother\" }, then { state = approved, kind = printer } }\n"
                + "    { name = \"lab \\\"vms\\\"\", when {");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        ReviewRules rules = load(file).review().rules();
        assertThat(rules.rules()).extracting(ReviewRule::name).containsExactly("printers", "lab \"vms\"");
        assertThat(rules.rules().get(1)).isEqualTo(VMS);
        assertThat(rules.rules().get(0).then().kind()).contains("printer");
    }

    @Test
    void aFileWithoutRulesGetsTheListAndASecondRuleOfTheSameNameIsRefused() throws Exception {
        Path file = write("""
                # minimal
                review.kinds = [server, vm]
                """);
        ReviewRuleWriter.append(file, VMS);
        assertThat(Files.readString(file)).startsWith("# minimal");
        assertThat(load(file).review().rules().rules()).containsExactly(VMS);
        String before = Files.readString(file);
        assertThatThrownBy(() -> ReviewRuleWriter.append(file, VMS)).isInstanceOf(IOException.class)
                .hasMessageContaining("already has a rule named \"lab \"vms\"\"").hasMessageContaining(file.toString());
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void anEmptyListOnOneLineTakesTheRule() throws Exception {
        Path file = write("""
                review.kinds = [server, vm]
                review.rules = [] # none yet
                """);
        ReviewRuleWriter.append(file, VMS);
        assertThat(Files.readString(file)).contains("# none yet");
        assertThat(load(file).review().rules().rules()).containsExactly(VMS);
    }

    private Path write(String text) throws IOException {
        Path file = home.resolve("netbox-auto.conf");
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private AppConfig load(Path file) {
        AppDirectories dirs = new AppDirectories(home.resolve("config"), home.resolve("data"));
        LoadedConfig loaded = new ConfigLoader(new ConfigLocations(dirs, Map.of("NETBOX_TOKEN",
                "0123456789abcdef0123456789abcdef01234567", "ROUTER_PASSWORD", "pw"), true)).load(Optional.of(file));
        assertThat(loaded.problems()).as("problems of %s", file)
                .noneMatch(p -> p.severity() == ConfigProblem.Severity.ERROR);
        return loaded.config().orElseThrow();
    }
}
