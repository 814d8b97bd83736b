package org.netboxauto.ui.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.NetBoxConfig;
import org.netboxauto.core.compare.Hosts;
import org.netboxauto.core.compare.Outcome;
import org.netboxauto.netbox.HttpNetBoxClient;
import org.netboxauto.netbox.NetBoxConfigs;
import org.netboxauto.netbox.ReadProgress;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.service.CompareReport;
import org.netboxauto.service.CompareService;
import org.netboxauto.service.HostEntry;

/** The tab's state without the toolkit: the comparison runs for real against the NetBox fake. */
class DiffViewModelTest {

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<String> opened = new ArrayList<>();
    private final List<String> progress = new ArrayList<>();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void refreshCountsEachOutcomeAndTheFilterShowsOne() {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6)) {
            FakeSeed.small(nb);
            DiffViewModel model = new DiffViewModel(services(nb.url().toString()), Runnable::run, Runnable::run);

            model.refresh();

            assertThat(model.runningProperty().get()).isFalse();
            assertThat(model.countProperty(Outcome.SAME).get()).isEqualTo(1);
            assertThat(model.countProperty(Outcome.ONLY_DISCOVERED).get()).isEqualTo(1);
            assertThat(model.countProperty(Outcome.ONLY_NETBOX).get()).isEqualTo(3);
            assertThat(model.totalProperty().get()).isEqualTo(5);
            assertThat(model.messageProperty().get()).startsWith("NetBox 4.6.0 at " + nb.url());
            assertThat(progress).last().asString().contains("read");

            model.filterProperty().set(Outcome.ONLY_NETBOX);
            assertThat(model.shownRows()).hasSize(3).allMatch(r -> r.outcome() == Outcome.ONLY_NETBOX);
            model.open(model.shownRows().getFirst());
            assertThat(opened).singleElement().asString().startsWith(nb.url() + "/");
            model.filterProperty().set(null);
            assertThat(model.shownRows()).hasSize(5);
        }
    }

    @Test
    void aNetBoxThatDoesNotAnswerLeavesAMessageNamingIt() {
        DiffViewModel model = new DiffViewModel(services("http://127.0.0.1:9"), Runnable::run, Runnable::run);

        model.refresh();

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).startsWith("Could not compare with NetBox: ")
                .contains("127.0.0.1:9").contains("netbox.url");
        assertThat(model.shownRows()).isEmpty();
    }

    private DiffServices services(String url) {
        NetBoxConfig netbox = NetBoxConfigs.of(java.net.URI.create(url), FakeNetBox.V1_TOKEN);
        CompareService compare = new CompareService(c -> Stream.of(Hosts.host(FakeSeed.SERVER_MAC, "web01", "10.0.0.11"),
                Hosts.host("02:00:00:00:00:99", "new-one", "10.0.0.99")).map(HostEntry::pending).toList(),
                c -> HttpNetBoxClient.of(c, NetBoxConfigs.FAST_RETRY), executor);
        AppConfig config = appConfigWith(netbox);
        return new DiffServices() {
            @Override
            public CompareReport compareWithNetBox(ReadProgress p) {
                return compare.compare(config, (done, total, message) -> {
                    progress.add(message);
                    p.update(done, total, message);
                });
            }

            @Override
            public void openInBrowser(String page) {
                opened.add(page);
            }
        };
    }

    private static AppConfig appConfigWith(NetBoxConfig netbox) {
        AppConfig d = AppConfig.defaults();
        return new AppConfig(netbox, d.store(), d.sources(), d.correlation(), d.review(), d.dns(), d.watch(), d.alerts());
    }
}
