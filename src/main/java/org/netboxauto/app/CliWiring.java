package org.netboxauto.app;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.netboxauto.cli.Cli;
import org.netboxauto.cli.CliServices;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.discovery.ConfiguredCollectors;
import org.netboxauto.discovery.DiscoveryOrchestrator;
import org.netboxauto.alerts.ChannelSender;
import org.netboxauto.service.AlertService;
import org.netboxauto.service.CompareService;
import org.netboxauto.service.ConfigService;
import org.netboxauto.service.DiscoveryService;
import org.netboxauto.service.HostService;
import org.netboxauto.service.PushService;
import org.netboxauto.service.ReviewService;
import org.netboxauto.service.StatusService;
import org.netboxauto.service.VendorService;
import org.netboxauto.service.ScheduleService;
import org.netboxauto.service.StoreAccess;
import org.netboxauto.service.WatchHealthFile;
import org.netboxauto.service.WatchService;
import org.netboxauto.store.MyBatisStagingStoreOpener;
import picocli.CommandLine;

/** The composition root: builds every service once and hands them to the faces. */
public final class CliWiring {

    private CliWiring() {
    }

    /** Every command. */
    public static CommandLine commandLine(AppDirectories directories, Map<String, String> env) {
        return commandLine(directories, env, Cli::create);
    }

    /** The command line for a run with {@code args}: only the command they name, when they name one. */
    public static CommandLine commandLine(AppDirectories directories, Map<String, String> env, String[] args) {
        return commandLine(directories, env, services -> Cli.createFor(services, args));
    }

    private static CommandLine commandLine(AppDirectories directories, Map<String, String> env,
            Function<CliServices, CommandLine> cli) {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
        ConfigLocations locations = new ConfigLocations(directories, env, !windows);
        ConfigService config = new ConfigService(locations);
        StoreAccess stores = new StoreAccess(new MyBatisStagingStoreOpener(ThreadPools.storeRelease(),
                MyBatisStagingStoreOpener.MAX_WAIT), directories.dataDir());
        StatusService status = new StatusService(stores);
        VendorService vendors = new VendorService(directories.dataDir());
        AlertService alerts = new AlertService(stores, new ChannelSender(), Clock.systemUTC());
        DiscoveryService discovery = new DiscoveryService(stores, new ConfiguredCollectors(), vendors::lookup,
                new DiscoveryOrchestrator(ThreadPools.collectors(), Clock.systemUTC()), Optional.of(alerts));
        HostService hosts = new HostService(stores);
        ReviewService reviews = new ReviewService(stores, Clock.systemUTC());
        CompareService compare = CompareService.of(hosts, ThreadPools.netboxReads());
        PushService push = PushService.of(hosts, stores, ThreadPools.netboxReads(), Clock.systemUTC());
        DesktopLauncher desktop = new DesktopLauncher(locations, configFile -> new AppShellServices(configFile,
                config, status, discovery, hosts, reviews, compare, push,
                directories.dataDir().resolve("window.properties"), Optional.of(alerts)));
        WatchService watch = new WatchService(discovery, stores, new WatchHealthFile(directories.dataDir()),
                Clock.systemUTC(), Optional.of(alerts));
        return cli.apply(new CliServices(config, status, discovery, hosts, reviews, vendors, compare, push, desktop,
                watch, new ScheduleService(ScheduleService.userUnitFolder(env)), alerts));
    }
}
