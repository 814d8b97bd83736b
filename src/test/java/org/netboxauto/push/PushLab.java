package org.netboxauto.push;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.ConfigLoader;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.core.CorrelationResult;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostFilter;
import org.netboxauto.core.Review;
import org.netboxauto.core.ReviewState;
import org.netboxauto.core.RunStatus;
import org.netboxauto.netbox.HttpNetBoxClient;
import org.netboxauto.netbox.NetBoxConfigs;
import org.netboxauto.netbox.ReadProgress;
import org.netboxauto.netbox.fake.FakeNetBox;
import org.netboxauto.netbox.fake.NetBoxMode;
import org.netboxauto.service.HostService;
import org.netboxauto.service.PushListener;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;
import org.netboxauto.service.PushService;
import org.netboxauto.service.StagingStore;
import org.netboxauto.service.StoreAccess;
import org.netboxauto.store.MyBatisStagingStoreOpener;

/** A NetBox fake, a staging store holding approved hosts, and the push service between them. */
public final class PushLab implements AutoCloseable {

    public static final String DEFAULTS = "netbox.defaults { site = hq, role = server, device-type = server, cluster = pve }\n";

    public final FakeNetBox nb;
    final Path dir;
    final StoreAccess stores;
    public final PushService push;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private AppConfig config;
    private ConfigLocations locations;

    public PushLab(NetBoxMode mode, Path dir, String extraConfig) {
        this(mode, dir, extraConfig, org.netboxauto.netbox.NetBoxPushWriter.BATCH);
    }

    /** @param batchSize objects per bulk request; 1 makes every action a request of its own */
    PushLab(NetBoxMode mode, Path dir, String extraConfig, int batchSize) {
        this.nb = FakeNetBox.start(mode);
        this.dir = dir;
        this.stores = new StoreAccess(new MyBatisStagingStoreOpener(), dir.resolve("data"));
        this.push = new PushService(new HostService(stores), stores,
                c -> HttpNetBoxClient.of(c, NetBoxConfigs.FAST_RETRY), executor, Clock.systemUTC(), batchSize,
                new org.netboxauto.service.DnsService());
        config(extraConfig);
    }

    /** Rewrites the config file with these keys after the NetBox connection. */
    PushLab config(String extra) {
        try {
            AppDirectories dirs = new AppDirectories(dir.resolve("config"), dir.resolve("data"));
            Path file = dirs.defaultConfigFile();
            Files.createDirectories(file.getParent());
            Files.writeString(file, "netbox { url = \"" + nb.url() + "\", token = ${?NETBOX_TOKEN}, timeout = 5s }\n"
                    + extra);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            String token = nb.mode().v2Tokens() ? FakeNetBox.V2_TOKEN : FakeNetBox.V1_TOKEN;
            locations = new ConfigLocations(dirs, Map.of("NETBOX_TOKEN", token), true);
            var loaded = new ConfigLoader(locations).load(Optional.empty());
            config = loaded.config().orElseThrow(() -> new AssertionError(loaded.problems().toString()));
            return this;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public AppConfig config() {
        return config;
    }

    /** Where a command line finds this lab's config, with the token in its environment. */
    public ConfigLocations locations() {
        return locations;
    }

    public StoreAccess stores() {
        return stores;
    }

    /** Stores the hosts as one discovery run found them, and approves them. */
    public PushLab approved(List<Host> hosts) {
        try (StagingStore store = stores.open(config.store())) {
            long run = store.startRun(Instant.now());
            store.finishRun(run, Instant.now(), RunStatus.SUCCEEDED, new CorrelationResult(hosts, List.of(), List.of()));
            store.saveReviews(hosts.stream().map(h -> new Review(h.mac(), ReviewState.APPROVED, Optional.empty(),
                    Instant.now())).toList());
        }
        return this;
    }

    PushLab reviewed(List<Review> reviews) {
        try (StagingStore store = stores.open(config.store())) {
            store.saveReviews(reviews);
        }
        return this;
    }

    PushPreview preview() {
        return push.preview(config, HostFilter.ALL, Set.of(), ReadProgress.NONE);
    }

    PushReport apply(PushPreview preview) {
        return push.apply(config, preview, PushListener.NONE, () -> false);
    }

    /** Plans against NetBox as it is now and applies. */
    PushReport pushAll() {
        return apply(preview());
    }

    @Override
    public void close() {
        nb.close();
        executor.shutdownNow();
    }
}
