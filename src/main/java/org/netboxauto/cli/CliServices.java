package org.netboxauto.cli;

import org.netboxauto.service.AlertService;
import org.netboxauto.service.CompareService;
import org.netboxauto.service.ConfigService;
import org.netboxauto.service.DiscoveryService;
import org.netboxauto.service.HostService;
import org.netboxauto.service.PushService;
import org.netboxauto.service.ReviewService;
import org.netboxauto.service.ScheduleService;
import org.netboxauto.service.StatusService;
import org.netboxauto.service.VendorService;
import org.netboxauto.service.WatchService;

/** Everything the commands call, built once by the wiring. */
public record CliServices(ConfigService config, StatusService status, DiscoveryService discovery, HostService hosts,
                          ReviewService reviews, VendorService vendors, CompareService compare,
                          PushService push, GuiLauncher gui, WatchService watch, ScheduleService schedule,
                          AlertService alerts) {

    /** Without a watcher, for commands that never schedule. */
    public CliServices(ConfigService config, StatusService status, DiscoveryService discovery, HostService hosts,
                       ReviewService reviews, VendorService vendors, CompareService compare, PushService push,
                       GuiLauncher gui) {
        this(config, status, discovery, hosts, reviews, vendors, compare, push, gui, null, null, null);
    }
}
