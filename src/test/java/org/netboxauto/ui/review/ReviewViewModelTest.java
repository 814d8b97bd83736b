package org.netboxauto.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.core.Decision;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.ReviewState;
import org.netboxauto.discovery.DiscoveryListener;
import org.netboxauto.discovery.FixedSourceCollector;
import org.netboxauto.discovery.RunControl;
import org.netboxauto.ui.TempDirShellServices;

/** The Review tab's state over the real services and a real H2 store, without the FX toolkit. */
class ReviewViewModelTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path dir;
    private TempDirShellServices services;
    private List<Observation> office;
    private ReviewViewModel model;

    @BeforeEach
    void discover() throws Exception {
        office = RealisticHosts.office(40, MONDAY);
        services = new TempDirShellServices(dir).withConfigFile();
        run(office);
        model = newModel();
        model.load();
    }

    @Test
    void loadsEveryHostWithFlagsTheGridComputes() {
        assertThat(model.rows()).hasSize(40);
        assertThat(model.allRows()).filteredOn(HostRow::ipConflict).extracting(r -> r.host().ipValues())
                .hasSize(2).allSatisfy(ips -> assertThat(ips).containsExactly("10.20.0.250"));
        assertThat(model.sources()).containsExactly(RealisticHosts.PROXMOX, RealisticHosts.ROUTER);
        assertThat(model.kinds()).startsWith("server", "workstation", "iot", "network", "vm");
        assertThat(model.summaryProperty().get().count(ReviewState.PENDING)).isEqualTo(40);
        assertThat(model.summaryProperty().get().bySource()).containsEntry(RealisticHosts.PROXMOX, 8);
        assertThat(model.hasHostsProperty().get()).isTrue();
    }

    @Test
    void approvingTheSelectionUpdatesThoseRowsInPlaceSavesAtOnceAndUndoes() {
        List<HostRow> chosen = model.rows().subList(0, 3).stream().toList();

        model.decide(chosen, new Decision.SetState(ReviewState.APPROVED));

        assertThat(model.allRows()).as("the same row objects, not a reload").containsAll(chosen);
        assertThat(chosen).allSatisfy(r -> assertThat(r.entry().state()).isEqualTo(ReviewState.APPROVED));
        assertThat(model.summaryProperty().get().count(ReviewState.APPROVED)).isEqualTo(3);
        assertThat(stored(chosen.getFirst().mac())).isEqualTo(ReviewState.APPROVED);
        assertThat(model.messageProperty().get()).isEqualTo("Approved 3 hosts");

        model.undo();

        assertThat(chosen).allSatisfy(r -> assertThat(r.entry().state()).isEqualTo(ReviewState.PENDING));
        assertThat(stored(chosen.getFirst().mac())).isEqualTo(ReviewState.PENDING);
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void keysOneToEightClassifyAndASuggestionIsOnlyAppliedWhenAccepted() {
        HostRow guest = row(r -> r.host().sources().contains(RealisticHosts.PROXMOX));
        HostRow other = row(r -> r.entry().suggestedKind().isEmpty());
        assertThat(guest.entry().kind()).isEmpty();
        assertThat(guest.entry().suggestedKind()).contains("vm");

        model.acceptSuggestions(List.of(guest, other));
        model.classifyAs(List.of(other), 1);

        assertThat(guest.entry().kind()).contains("vm");
        assertThat(other.entry().kind()).contains("server");
        model.undo();
        assertThat(other.entry().kind()).isEmpty();
        assertThat(guest.entry().kind()).contains("vm");
    }

    @Test
    void filtersByPartialMacInAnyNotationIpNameStateAndSubnet() {
        HostRow target = model.allRows().get(5);
        String hex = target.mac().toString().replace(":", "").substring(6);
        model.filter().textProperty().set(hex.substring(0, 2) + "-" + hex.substring(2, 6));
        assertThat(model.rows()).contains(target);

        model.filter().textProperty().set("10.20.0.250");
        assertThat(model.rows()).hasSize(2);

        model.filter().textProperty().set("");
        model.filter().subnetProperty().set("10.10.0.0/16");
        assertThat(model.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.host().ipValues())
                .anyMatch(ip -> ip.startsWith("10.10.")));

        model.filter().subnetProperty().set("10.10.0.1/16");
        assertThat(model.filter().errorProperty().get()).contains("Subnet \"10.10.0.1/16\"").contains("CIDR");

        model.filter().subnetProperty().set("");
        model.decide(List.of(target), new Decision.SetState(ReviewState.REJECTED));
        model.filter().stateProperty().set("REJECTED");
        assertThat(model.rows()).containsExactly(target);
        assertThat(model.filter().errorProperty().get()).isEmpty();
    }

    @Test
    void theFilterIsRememberedBetweenRuns() {
        model.filter().textProperty().set("srv");
        model.filter().stateProperty().set("PENDING");
        model.columnsChanged(List.of(new ColumnLayout("mac", true, 180), new ColumnLayout("vendor", false, 90)));

        ReviewViewModel next = newModel();
        next.load();

        assertThat(next.filter().textProperty().get()).isEqualTo("srv");
        assertThat(next.filter().stateProperty().get()).isEqualTo("PENDING");
        assertThat(next.columnsProperty().get()).containsExactly(new ColumnLayout("mac", true, 180),
                new ColumnLayout("vendor", false, 90));
        assertThat(next.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.host().hostnameValue()).hasValueSatisfying(
                n -> assertThat(n).contains("srv")));
    }

    @Test
    void aDecisionSurvivesARediscoveryThatMovesTheHostToAnotherIp() throws Exception {
        HostRow printer = row(r -> r.host().hostnameValue().orElse("").startsWith("printer-"));
        MacAddress mac = printer.mac();
        model.decide(List.of(printer), new Decision.SetState(ReviewState.APPROVED));
        model.edit(List.of(printer), new Decision.Override(Optional.of("printer-hall"), Optional.empty(),
                Optional.of("hq")), new Decision.Note(Optional.of("toner every March")));

        run(RealisticHosts.withMovedIp(office, mac, "10.20.9.9", MONDAY.plusSeconds(86_400)));
        model.load();

        HostRow again = model.allRows().stream().filter(r -> r.mac().equals(mac)).findFirst().orElseThrow();
        assertThat(again.host().ipValues()).containsExactly("10.20.9.9");
        assertThat(again.entry().state()).isEqualTo(ReviewState.APPROVED);
        assertThat(again.entry().review().nameOverride()).contains("printer-hall");
        assertThat(again.entry().review().note()).contains("toner every March");
    }

    @Test
    void aDecisionTheStoreRefusesIsReportedAndTheRowsShowWhatIsStored() {
        MacAddress never = MacAddress.of("02:00:00:00:00:99");
        HostRow unknown = new HostRow(new org.netboxauto.service.HostEntry(withMac(model.allRows().getFirst(), never),
                org.netboxauto.core.Review.pending(never, MONDAY)), GridFlags.NONE);

        HostRow known = model.allRows().get(3);

        model.decide(List.of(known, unknown), new Decision.SetState(ReviewState.APPROVED));

        assertThat(known.entry().state()).as("shown at once, then put back").isEqualTo(ReviewState.PENDING);
        assertThat(stored(known.mac())).isEqualTo(ReviewState.PENDING);
        assertThat(model.messageProperty().get())
                .startsWith("Not saved: no discovered host has the MAC 02:00:00:00:00:99");
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void selectingARowLoadsWhatEverySourceSaidAboutItOverTime() throws Exception {
        HostRow printer = row(r -> r.host().hostnameValue().orElse("").startsWith("printer-"));
        run(RealisticHosts.withMovedIp(office, printer.mac(), "10.20.9.9", MONDAY.plusSeconds(86_400)));

        model.selectedProperty().set(printer);

        HostHistory history = HostHistory.of(model.history());
        assertThat(history.ips()).extracting(HostHistory.Seen::value).containsExactly(printer.host().ipValues()
                .getFirst(), "10.20.9.9");
        assertThat(history.ports()).hasSize(1);
        assertThat(history.ports().getFirst().first()).isEqualTo(MONDAY);
        assertThat(history.ports().getFirst().last()).isEqualTo(MONDAY.plusSeconds(86_400));
    }

    private ReviewViewModel newModel() {
        return new ReviewViewModel(services, Runnable::run, Runnable::run, dir.resolve("data/review.properties"));
    }

    private void run(List<Observation> observations) {
        services.withCollectors(List.of(
                FixedSourceCollector.returning(RealisticHosts.ROUTER, RealisticHosts.from(observations,
                        RealisticHosts.ROUTER)),
                FixedSourceCollector.returning(RealisticHosts.PROXMOX, RealisticHosts.from(observations,
                        RealisticHosts.PROXMOX))));
        services.discover(List.of(), DiscoveryListener.NONE, new RunControl());
    }

    private ReviewState stored(MacAddress mac) {
        return services.reviewHosts().stream().filter(e -> e.host().mac().equals(mac)).findFirst().orElseThrow()
                .state();
    }

    private HostRow row(java.util.function.Predicate<HostRow> which) {
        return model.allRows().stream().filter(which).findFirst().orElseThrow();
    }

    private static org.netboxauto.core.Host withMac(HostRow row, MacAddress m) {
        org.netboxauto.core.Host h = row.host();
        return new org.netboxauto.core.Host(m, List.of(m), h.ips(), h.hostname(), h.port(), h.vendor(), h.sources(),
                h.firstSeen(), h.lastSeen(), h.flags(), h.evidence());
    }
}
