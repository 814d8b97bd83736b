package org.netboxauto.cli;

import org.netboxauto.service.ConfigService;
import org.netboxauto.service.StatusService;

/** Everything the commands call, built once by the wiring. */
public record CliServices(ConfigService config, StatusService status, GuiLauncher gui) {
}
