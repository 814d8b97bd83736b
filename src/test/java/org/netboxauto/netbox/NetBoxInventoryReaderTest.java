package org.netboxauto.netbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netboxauto.config.NetBoxConfig;
import org.netboxauto.config.TlsConfig;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.compare.NetBoxHost;
import org.netboxauto.core.compare.NetBoxKind;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.FakeSeed;
import org.netboxauto.netbox.fake.NetBoxMode;

class NetBoxInventoryReaderTest {

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @ParameterizedTest
    @EnumSource(NetBoxMode.class)
    void readsDevicesAndVmsWithTheirMacsIpsAndCablePeers(NetBoxMode mode) {
        try (FakeNetBox nb = FakeNetBox.start(mode); HttpNetBoxClient client = client(nb, 3)) {
            FakeSeed.small(nb);

            NetBoxSnapshot snapshot = read(client, NetBoxConfigs.scope(null, null, null));

            assertThat(snapshot.hosts()).extracting(h -> h.name().orElseThrow())
                    .containsExactlyInAnyOrder("sw1", "web01", "printer", "db01");
            NetBoxHost web = named(snapshot, "web01");
            assertThat(web.macs()).containsExactly(MacAddress.of(FakeSeed.SERVER_MAC));
            assertThat(web.ips()).containsExactly("10.0.0.11/24");
            assertThat(web.interfaces().getFirst().cabledTo())
                    .contains(new PortLocation("sw1", "ge-0/0/3", Optional.empty()));
            assertThat(web.webUrl()).isEqualTo(nb.url() + "/dcim/devices/" + web.id() + "/");
            NetBoxHost db = named(snapshot, "db01");
            assertThat(db.kind()).isEqualTo(NetBoxKind.VIRTUAL_MACHINE);
            assertThat(db.macs()).containsExactly(MacAddress.of(FakeSeed.VM_MAC));
            assertThat(named(snapshot, "printer").status()).isEqualTo("planned");
            assertThat(named(snapshot, "sw1").interfaces()).hasSize(8);
            assertThat(snapshot.catalog().get("sites")).extracting(NamedRef::slug).containsExactly("hq", "branch");
            assertThat(snapshot.catalog().get("custom-fields")).extracting(NamedRef::name)
                    .containsExactly("discovered_by");
            assertThat(snapshot.counts()).containsKey("cables");
            assertThat(snapshot.counts().containsKey("mac-addresses")).isEqualTo(mode.macObjects());
            assertThat(nb.schemaViolations()).isEmpty();
        }
    }

    @Test
    void readsOnlyTheScope() {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6); HttpNetBoxClient client = client(nb, 100)) {
            FakeSeed.small(nb);

            assertThat(read(client, NetBoxConfigs.scope("branch", null, null)).hosts())
                    .extracting(h -> h.name().orElseThrow()).containsExactly("printer");
            assertThat(read(client, NetBoxConfigs.scope(null, null, "discovered")).hosts())
                    .extracting(h -> h.name().orElseThrow()).containsExactlyInAnyOrder("web01", "db01");
            assertThat(read(client, NetBoxConfigs.scope("hq", "ops", null)).hosts())
                    .extracting(h -> h.name().orElseThrow()).containsExactly("web01");
        }
    }

    @Test
    void aScopeNamingNothingIsAnErrorNamingTheKey() {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6); HttpNetBoxClient client = client(nb, 100)) {
            FakeSeed.small(nb);

            assertThatThrownBy(() -> read(client, NetBoxConfigs.scope("nowhere", null, null)))
                    .isInstanceOf(NetBoxException.class)
                    .hasMessageContaining("netbox.scope.site").hasMessageContaining("\"nowhere\"");
        }
    }

    @Test
    void aScopeFilterNetBoxIgnoredFailsInsteadOfComparingTheWholeTable() {
        try (FakeNetBox nb = FakeNetBox.start(NetBoxMode.V4_6); HttpNetBoxClient real = client(nb, 100)) {
            FakeSeed.small(nb);
            NetBoxClient misspelling = new RenamingClient(real, "site_id", "site__id");

            assertThatThrownBy(() -> new NetBoxInventoryReader(misspelling, NetBoxConfigs.scope("branch", null, null),
                    executor).read(ReadProgress.NONE))
                    .isInstanceOf(NetBoxException.class).hasMessageContaining("outside netbox.scope");
            assertThat(nb.requests()).anyMatch(r -> r.contains("site__id="));
        }
    }

    private NetBoxSnapshot read(NetBoxClient client, NetBoxConfig.Scope scope) {
        return new NetBoxInventoryReader(client, scope, executor).read(ReadProgress.NONE);
    }

    private static NetBoxHost named(NetBoxSnapshot s, String name) {
        return s.hosts().stream().filter(h -> h.name().orElse("").equals(name)).findFirst().orElseThrow();
    }

    private static HttpNetBoxClient client(FakeNetBox nb, int pageSize) {
        return HttpNetBoxClient.of(NetBoxConfigs.of(nb.url(), FakeNetBox.V1_TOKEN, TlsConfig.SYSTEM, pageSize, null),
                NetBoxConfigs.FAST_RETRY);
    }

    /** Sends a filter under a name NetBox does not know, as a client bug or an older NetBox would. */
    private record RenamingClient(NetBoxClient delegate, String from, String to) implements NetBoxClient {

        @Override
        public List<JsonNode> list(String path, NetBoxQuery query) {
            return delegate.list(path, new NetBoxQuery(query.params().stream()
                    .map(e -> e.getKey().equals(from) ? java.util.Map.entry(to, e.getValue()) : e).toList()));
        }

        @Override
        public URI baseUrl() {
            return delegate.baseUrl();
        }

        @Override
        public NetBoxVersion version() {
            return delegate.version();
        }

        @Override
        public JsonNode get(String path) {
            return delegate.get(path);
        }

        @Override
        public JsonNode create(String path, JsonNode body) {
            return delegate.create(path, body);
        }

        @Override
        public JsonNode update(String path, long id, JsonNode changes) {
            return delegate.update(path, id, changes);
        }

        @Override
        public void delete(String path, long id) {
            delegate.delete(path, id);
        }

        @Override
        public JsonNode updateAll(String path, JsonNode changes) {
            return delegate.updateAll(path, changes);
        }

        @Override
        public void deleteAll(String path, JsonNode ids) {
            delegate.deleteAll(path, ids);
        }

        @Override
        public long requestCount() {
            return delegate.requestCount();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
