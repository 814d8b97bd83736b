package org.netboxauto.cli;

import org.netboxauto.service.CompareService;
import org.netboxauto.service.ConfigService;
import org.netboxauto.service.DiscoveryService;
import org.netboxauto.service.HostService;
import org.netboxauto.service.PushService;
import org.netboxauto.service.ReviewService;
import org.netboxauto.service.StatusService;
import org.netboxauto.service.VendorService;

/** Everything the commands call, built once by the wiring. */
public record CliServices(ConfigService config, StatusService status, DiscoveryService discovery, HostService hosts,
                          ReviewService reviews, VendorService vendors, CompareService compare,
                          PushService push, GuiLauncher gui) {
}
