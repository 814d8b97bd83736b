package org.netboxauto.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version stamped in at build time, the same for --version and the About window. */
public final class ProductVersion {

    public static final String DEVELOPMENT = "development";
    private static final String RESOURCE = "/org/netboxauto/app/version.properties";

    private ProductVersion() {
    }

    public static String current() {
        Properties p = new Properties();
        try (InputStream in = ProductVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return DEVELOPMENT;
        }
        String version = p.getProperty("version", "");
        return version.isBlank() || version.startsWith("${") ? DEVELOPMENT : version;
    }
}
