package org.netboxauto.cli;

import org.netboxauto.service.ProductVersion;
import picocli.CommandLine.IVersionProvider;

/** The product version, plus the Java runtime it runs on. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "netbox-auto " + ProductVersion.current(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
