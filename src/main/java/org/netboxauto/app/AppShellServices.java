package org.netboxauto.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.config.ReviewConfig;
import org.netboxauto.core.Decision;
import org.netboxauto.core.HostChange;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.discovery.DiscoveryListener;
import org.netboxauto.discovery.RunControl;
import org.netboxauto.netbox.ReadProgress;
import org.netboxauto.service.AlertService;
import org.netboxauto.service.CompareReport;
import org.netboxauto.service.CompareService;
import org.netboxauto.service.PushListener;
import org.netboxauto.service.PushPreview;
import org.netboxauto.service.PushReport;
import org.netboxauto.service.PushService;
import org.netboxauto.service.PushSummary;
import org.netboxauto.core.HostFilter;
import org.netboxauto.core.push.ObjectRef;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.netboxauto.service.ConfigService;
import org.netboxauto.service.DiscoveryReport;
import org.netboxauto.service.DiscoveryService;
import org.netboxauto.service.HostEntry;
import org.netboxauto.service.HostService;
import org.netboxauto.service.ReviewChange;
import org.netboxauto.service.ReviewService;
import org.netboxauto.service.RunSummary;
import org.netboxauto.service.StatusReport;
import org.netboxauto.service.StatusService;
import org.netboxauto.ui.ShellServices;

/** The desktop shell's view of the services, reading the config the app was started with each time. */
public final class AppShellServices implements ShellServices {

    private final Optional<Path> configFile;
    private final ConfigService config;
    private final StatusService status;
    private final DiscoveryService discovery;
    private final HostService hosts;
    private final ReviewService reviews;
    private final CompareService compare;
    private final PushService push;
    private final Path windowStateFile;
    private final Optional<AlertService> alerts;
    /** Desktop alerts of runs before this moment came while no app was open to show them. */
    private final java.time.Instant opened = java.time.Instant.now();
    /** What the last load found; the watch compares against it without parsing the file every second. */
    private volatile LoadedConfig lastLoaded;

    public AppShellServices(Optional<Path> configFile, ConfigService config, StatusService status,
            DiscoveryService discovery, HostService hosts, ReviewService reviews, CompareService compare,
            PushService push, Path windowStateFile) {
        this(configFile, config, status, discovery, hosts, reviews, compare, push, windowStateFile, Optional.empty());
    }

    /** With change alerts: what a run recorded is sent in the background once the run has returned. */
    public AppShellServices(Optional<Path> configFile, ConfigService config, StatusService status,
            DiscoveryService discovery, HostService hosts, ReviewService reviews, CompareService compare,
            PushService push, Path windowStateFile, Optional<AlertService> alerts) {
        this.alerts = alerts;
        this.reviews = reviews;
        this.configFile = configFile;
        this.config = config;
        this.status = status;
        this.discovery = discovery;
        this.hosts = hosts;
        this.compare = compare;
        this.push = push;
        this.windowStateFile = windowStateFile;
    }

    @Override
    public LoadedConfig loadConfig() {
        LoadedConfig loaded = config.load(configFile);
        lastLoaded = loaded;
        return loaded;
    }

    @Override
    public Optional<String> storeStamp() {
        LoadedConfig loaded = lastLoaded != null ? lastLoaded : loadConfig();
        return loaded.config().map(c -> hosts.changeStamp(c.store()));
    }

    @Override
    public Optional<String> configFileStamp() {
        LoadedConfig loaded = lastLoaded != null ? lastLoaded : loadConfig();
        Optional<Path> file = loaded.file().or(() -> loaded.searched().stream().filter(java.nio.file.Files::exists)
                .findFirst());
        return file.map(AppShellServices::fileStamp);
    }

    private static String fileStamp(Path file) {
        try {
            var attributes = java.nio.file.Files.readAttributes(file,
                    java.nio.file.attribute.BasicFileAttributes.class);
            return file + " " + attributes.lastModifiedTime().toMillis() + "/" + attributes.size();
        } catch (IOException e) {
            return file + " missing";
        }
    }

    @Override
    public Path writeStarterConfig() throws IOException {
        return config.writeStarter(configFile);
    }

    @Override
    public StatusReport status() {
        return status.status(loadConfig());
    }

    @Override
    public Path windowStateFile() {
        return windowStateFile;
    }

    @Override
    public List<String> discoverySources() {
        return loadConfig().config().map(discovery::sources).orElse(List.of());
    }

    @Override
    public DiscoveryReport discover(List<String> sources, DiscoveryListener listener, RunControl control) {
        AppConfig config = validConfig();
        DiscoveryReport report = discovery.discover(config, sources, listener, control);
        alerts.filter(a -> !config.alerts().channels().isEmpty()).ifPresent(a -> Thread.ofVirtual()
                .name("alerts").start(() -> a.deliver(config)));
        return report;
    }

    @Override
    public org.netboxauto.core.rules.ReviewRules reviewRules() {
        return loadConfig().config().map(c -> c.review().rules()).orElse(org.netboxauto.core.rules.ReviewRules.NONE);
    }

    @Override
    public Path addReviewRule(org.netboxauto.core.rules.ReviewRule rule) throws IOException {
        return config.addReviewRule(configFile, rule);
    }

    @Override
    public List<AlertService.DesktopAlert> takeDesktopAlerts() {
        return alerts.flatMap(a -> loadConfig().config().map(c -> a.takeDesktopAlerts(c, opened)))
                .orElse(List.of());
    }

    @Override
    public java.time.Duration watchEvery() {
        return loadConfig().config().map(c -> c.watch().every()).orElse(java.time.Duration.ofHours(1));
    }

    @Override
    public Optional<RunSummary> lastRun() {
        return loadConfig().config().flatMap(c -> hosts.lastRun(c.store()));
    }

    @Override
    public List<HostChange> changes(long runId) {
        return loadConfig().config().map(c -> hosts.changes(c.store(), runId)).orElse(List.of());
    }

    @Override
    public CompareReport compareWithNetBox(ReadProgress progress) {
        return compare.compare(validConfig(), progress);
    }

    @Override
    public PushPreview previewPush(HostFilter filter, Set<ObjectRef.Existing> removals, ReadProgress progress) {
        return push.preview(validConfig(), filter, removals, progress);
    }

    @Override
    public PushPreview previewPush(HostFilter filter, Set<ObjectRef.Existing> removals,
                                   Set<org.netboxauto.core.MacAddress> excluded, ReadProgress progress) {
        return push.preview(validConfig(), filter, removals, excluded, progress);
    }

    @Override
    public PushPreview previewPush(HostFilter filter, Set<ObjectRef.Existing> removals,
                                   Set<org.netboxauto.core.MacAddress> excluded, Set<ObjectRef.Existing> orphans,
                                   ReadProgress progress) {
        return push.preview(validConfig(), filter, removals, excluded,
                org.netboxauto.service.OrphanChoice.of(orphans), progress);
    }

    @Override
    public PushReport applyPush(PushPreview preview, PushListener listener, BooleanSupplier cancelled) {
        return push.apply(validConfig(), preview, listener, cancelled);
    }

    @Override
    public Optional<PushSummary> lastPush() {
        return loadConfig().config().flatMap(push::lastPush);
    }

    @Override
    public void trustNetBoxCertificate(org.netboxauto.net.CertificateSummary certificate) throws IOException {
        pin("netbox", certificate);
    }

    @Override
    public List<org.netboxauto.config.ConfigProblem> trustSourceCertificate(String entry,
            org.netboxauto.net.CertificateSummary certificate) throws IOException {
        return pin(entry, certificate);
    }

    private List<org.netboxauto.config.ConfigProblem> pin(String entry,
            org.netboxauto.net.CertificateSummary certificate) throws IOException {
        if (loadConfig().file().isEmpty()) {
            throw new IOException("there is no config file to pin the certificate in; write one first (File > Set up"
                    + " connections or netbox-auto config init)");
        }
        List<org.netboxauto.config.ConfigProblem> problems = settings().pin(entry, certificate);
        if (!problems.isEmpty()) {
            throw new IOException("the certificate could not be pinned: " + problems.getFirst().describe());
        }
        return problems;
    }

    @Override
    public org.netboxauto.service.SettingsService settings() {
        return config.settings(configFile);
    }

    @Override
    public void openInBrowser(String url) {
        Browser.open(url);
    }

    private AppConfig validConfig() {
        return loadConfig().config().orElseThrow(() -> new IllegalArgumentException(
                "the configuration has errors; fix them (File > Settings shows them) and try again"));
    }

    @Override
    public List<org.netboxauto.core.topology.SwitchReport> switchReports() {
        return loadConfig().config().map(hosts::switchReports).orElse(List.of());
    }

    @Override
    public List<HostEntry> reviewHosts() {
        return loadConfig().config().map(c -> hosts.hosts(c.store())).orElse(List.of());
    }

    @Override
    public List<String> kinds() {
        return loadConfig().config().map(c -> c.review().kinds().stream().map(ReviewConfig.Kind::name).toList())
                .orElse(List.of());
    }

    @Override
    public ReviewChange decide(Collection<MacAddress> macs, Decision decision) {
        return reviews.apply(validConfig(), macs, decision);
    }

    @Override
    public void undo(ReviewChange change) {
        reviews.undo(validConfig(), change);
    }

    @Override
    public List<Observation> history(MacAddress mac) {
        return loadConfig().config().map(c -> hosts.history(c.store(), mac)).orElse(List.of());
    }
}
