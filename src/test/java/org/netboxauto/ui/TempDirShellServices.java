package org.netboxauto.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.config.StoreConfig;
import java.time.Clock;
import java.util.concurrent.Executors;
import org.netboxauto.app.AppShellServices;
import org.netboxauto.core.HostChange;
import org.netboxauto.discovery.Collector;
import org.netboxauto.discovery.CollectorFactory;
import org.netboxauto.discovery.ConfiguredCollectors;
import org.netboxauto.discovery.DiscoveryListener;
import org.netboxauto.discovery.DiscoveryOrchestrator;
import org.netboxauto.discovery.RunControl;
import org.netboxauto.service.ConfigService;
import org.netboxauto.service.DiscoveryReport;
import org.netboxauto.service.DiscoveryService;
import org.netboxauto.core.Decision;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.service.HostEntry;
import org.netboxauto.service.HostService;
import org.netboxauto.service.VendorService;
import org.netboxauto.service.ReviewChange;
import org.netboxauto.service.ReviewService;
import org.netboxauto.service.RunSummary;
import org.netboxauto.netbox.ReadProgress;
import org.netboxauto.service.CompareReport;
import org.netboxauto.service.CompareService;
import org.netboxauto.service.PushListener;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;
import org.netboxauto.service.PushService;
import org.netboxauto.service.PushSummary;
import org.netboxauto.core.push.ObjectRef;
import org.netboxauto.core.HostFilter;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.netboxauto.service.StatusReport;
import org.netboxauto.service.StatusService;
import org.netboxauto.service.StoreAccess;
import org.netboxauto.service.StoreSettingsFactory;
import org.netboxauto.core.ReviewState;
import org.netboxauto.store.GeneratedId;
import org.netboxauto.store.HostMapper;
import org.netboxauto.store.HostRecord;
import org.netboxauto.store.MyBatisStagingStore;
import org.netboxauto.store.MyBatisStagingStoreOpener;
import org.netboxauto.store.ReviewMapper;
import org.netboxauto.store.ReviewRecord;
import org.netboxauto.store.RunMapper;
import org.netboxauto.core.RunStatus;

/**
 * The shell's services as the app wires them — the real config loader and the real H2 store —
 * over a temporary home folder, with helpers that put real files and rows in place.
 */
public final class TempDirShellServices implements ShellServices {

    static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";
    static final String GOOD_CONFIG = """
            netbox { url = "https://netbox.example.com", token = ${?NETBOX_TOKEN} }
            sources.routeros = [ { name = core-router, host = "192.0.2.1", username = netbox-auto,
                                   password = ${?ROUTER_PASSWORD} } ]
            """;

    private final List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    static final String NETBOX_ONLY = """
            netbox { url = "https://netbox.example.com", token = ${?NETBOX_TOKEN} }
            """;

    private final AppDirectories directories;
    private final ConfigService config;
    private final StatusService status;
    private CollectorFactory collectors = new ConfiguredCollectors();
    private java.time.Duration watchEvery;
    private AppShellServices app;

    public TempDirShellServices(Path dir) {
        this.directories = new AppDirectories(dir.resolve("config"), dir.resolve("data"));
        Map<String, String> env = Map.of("NETBOX_TOKEN", TOKEN, "ROUTER_PASSWORD", "router-secret-1");
        this.config = new ConfigService(new ConfigLocations(directories, env, true));
        this.status = new StatusService(new StoreAccess(new MyBatisStagingStoreOpener(), directories.dataDir()));
    }

    public Path configFile() {
        return directories.defaultConfigFile();
    }

    public TempDirShellServices withConfigFile() throws IOException {
        return withConfigFile(GOOD_CONFIG);
    }

    /** Writes {@code text} as the config file, readable only by the owner. */
    public TempDirShellServices withConfigFile(String text) throws IOException {
        Files.createDirectories(configFile().getParent());
        Files.writeString(configFile(), text);
        Files.setPosixFilePermissions(configFile(), PosixFilePermissions.fromString("rw-------"));
        return this;
    }

    /** Makes the config file readable by everyone, which the loader warns about. */
    public TempDirShellServices readableByOthers() throws IOException {
        Files.setPosixFilePermissions(configFile(), PosixFilePermissions.fromString("rw-r--r--"));
        return this;
    }

    /** Points the store at a PostgreSQL port where nothing listens, so opening it really fails. */
    public TempDirShellServices withUnreachableStore() throws IOException {
        return withConfigFile(GOOD_CONFIG + "store.url = \"jdbc:postgresql://127.0.0.1:9/netbox_auto\"\n");
    }

    /** Records one finished discovery run in the real store. */
    public TempDirShellServices withLastRun(Instant finished) {
        try (MyBatisStagingStore store = openStore()) {
            store.write(session -> {
                RunMapper runs = session.getMapper(RunMapper.class);
                GeneratedId id = new GeneratedId();
                runs.insertRun(finished.minusSeconds(30), RunStatus.RUNNING, id);
                return runs.finishRun(id.value(), finished, RunStatus.SUCCEEDED);
            });
        }
        return this;
    }

    /** Adds hosts to the real store: {@code approved} approved, {@code rejected} rejected, the rest pending. */
    public TempDirShellServices withHosts(int total, int approved, int rejected) {
        Instant now = Instant.parse("2025-03-04T05:00:00Z");
        try (MyBatisStagingStore store = openStore()) {
            store.write(session -> {
                HostMapper hosts = session.getMapper(HostMapper.class);
                ReviewMapper reviews = session.getMapper(ReviewMapper.class);
                for (int i = 0; i < total; i++) {
                    String mac = String.format("02:00:00:00:%02x:%02x", i / 256, i % 256);
                    hosts.insert(new HostRecord(mac, "host-" + i, List.of("10.0.0." + (i + 1)), now, now));
                    ReviewState state = i < approved ? ReviewState.APPROVED
                            : i < approved + rejected ? ReviewState.REJECTED : null;
                    if (state != null) {
                        reviews.insert(new ReviewRecord(mac, state, null, null, null, null, null, now, null));
                    }
                }
                return total;
            });
        }
        return this;
    }

    private StoreConfig store = StoreConfig.DEFAULT;

    /** The helpers that put rows in place write to this store (the config must name the same one). */
    public TempDirShellServices withStore(StoreConfig store) {
        this.store = store;
        return this;
    }

    private MyBatisStagingStore openStore() {
        return new MyBatisStagingStoreOpener().open(StoreSettingsFactory.from(store, directories.dataDir()));
    }

    @Override
    public Optional<String> storeStamp() {
        return app().storeStamp();
    }

    @Override
    public org.netboxauto.core.rules.ReviewRules reviewRules() {
        return app().reviewRules();
    }

    @Override
    public Path addReviewRule(org.netboxauto.core.rules.ReviewRule rule) throws IOException {
        return app().addReviewRule(rule);
    }

    @Override
    public List<org.netboxauto.service.AlertService.DesktopAlert> takeDesktopAlerts() {
        return app().takeDesktopAlerts();
    }

    /** The data folder the app's store and files are in. */
    public Path dataDir() {
        return directories.dataDir();
    }

    @Override
    public Optional<String> configFileStamp() {
        return app().configFileStamp();
    }

    /** The Discovery tab's "every" switch runs this often, shorter than watch.every allows. */
    public TempDirShellServices withWatchEvery(java.time.Duration every) {
        this.watchEvery = every;
        return this;
    }

    @Override
    public java.time.Duration watchEvery() {
        return watchEvery != null ? watchEvery : app().watchEvery();
    }

    /** Discovery runs these collectors instead of the configured sources' own. */
    public TempDirShellServices withCollectors(List<Collector> collectors) {
        this.collectors = sources -> collectors;
        this.app = null;
        return this;
    }

    private AppShellServices app() {
        if (app == null) {
            app = build();
        }
        return app;
    }

    private AppShellServices build() {
        StoreAccess stores = new StoreAccess(new MyBatisStagingStoreOpener(), directories.dataDir());
        Optional<org.netboxauto.service.AlertService> alerts = Optional.of(new org.netboxauto.service.AlertService(
                stores, new org.netboxauto.alerts.ChannelSender(), Clock.systemUTC()));
        DiscoveryService discovery = new DiscoveryService(stores, collectors, new VendorService(directories.dataDir())::lookup,
                new DiscoveryOrchestrator(Executors.newVirtualThreadPerTaskExecutor(), Clock.systemUTC()), alerts);
        HostService hosts = new HostService(stores);
        return new AppShellServices(Optional.empty(), config, status, discovery, hosts,
                new ReviewService(stores, Clock.systemUTC()),
                CompareService.of(hosts, Executors.newVirtualThreadPerTaskExecutor()),
                PushService.of(hosts, stores, Executors.newVirtualThreadPerTaskExecutor(), Clock.systemUTC()),
                directories.dataDir().resolve("window.properties"), alerts);
    }

    @Override
    public LoadedConfig loadConfig() {
        return app().loadConfig();
    }

    @Override
    public Path writeStarterConfig() throws IOException {
        return app().writeStarterConfig();
    }

    @Override
    public StatusReport status() {
        return app().status();
    }

    @Override
    public Path windowStateFile() {
        return app().windowStateFile();
    }

    @Override
    public List<String> discoverySources() {
        return app().discoverySources();
    }

    @Override
    public DiscoveryReport discover(List<String> sources, DiscoveryListener listener, RunControl control) {
        return app().discover(sources, listener, control);
    }

    @Override
    public Optional<RunSummary> lastRun() {
        return app().lastRun();
    }

    @Override
    public List<HostChange> changes(long runId) {
        return app().changes(runId);
    }

    @Override
    public CompareReport compareWithNetBox(ReadProgress progress) {
        return app().compareWithNetBox(progress);
    }

    @Override
    public PushPreview previewPush(HostFilter filter, Set<ObjectRef.Existing> removals, ReadProgress progress) {
        return app().previewPush(filter, removals, progress);
    }

    @Override
    public PushPreview previewPush(HostFilter filter, Set<ObjectRef.Existing> removals, Set<MacAddress> excluded,
                                   ReadProgress progress) {
        return app().previewPush(filter, removals, excluded, progress);
    }

    @Override
    public PushPreview previewPush(HostFilter filter, Set<ObjectRef.Existing> removals, Set<MacAddress> excluded,
                                   Set<ObjectRef.Existing> orphans, ReadProgress progress) {
        return app().previewPush(filter, removals, excluded, orphans, progress);
    }

    @Override
    public PushReport applyPush(PushPreview preview, PushListener listener, BooleanSupplier cancelled) {
        return app().applyPush(preview, listener, cancelled);
    }

    @Override
    public Optional<PushSummary> lastPush() {
        return app().lastPush();
    }

    @Override
    public org.netboxauto.service.SettingsService settings() {
        return app().settings();
    }

    @Override
    public List<org.netboxauto.config.ConfigProblem> trustSourceCertificate(String entry,
            org.netboxauto.net.CertificateSummary certificate) throws IOException {
        return app().trustSourceCertificate(entry, certificate);
    }

    @Override
    public void trustNetBoxCertificate(org.netboxauto.net.CertificateSummary certificate) throws IOException {
        app().trustNetBoxCertificate(certificate);
    }

    /** Records the page instead of starting a browser. */
    @Override
    public void openInBrowser(String url) {
        opened.add(url);
    }

    /** The pages the app asked a browser to show. */
    public List<String> opened() {
        return List.copyOf(opened);
    }

    @Override
    public List<HostEntry> reviewHosts() {
        return app().reviewHosts();
    }

    @Override
    public List<org.netboxauto.core.topology.SwitchReport> switchReports() {
        return app().switchReports();
    }

    @Override
    public List<String> kinds() {
        return app().kinds();
    }

    @Override
    public ReviewChange decide(java.util.Collection<MacAddress> macs, Decision decision) {
        return app().decide(macs, decision);
    }

    @Override
    public void undo(ReviewChange change) {
        app().undo(change);
    }

    @Override
    public List<Observation> history(MacAddress mac) {
        return app().history(mac);
    }
}
