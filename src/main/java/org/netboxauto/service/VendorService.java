package org.netboxauto.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.netboxauto.core.VendorLookup;
import org.netboxauto.vendor.VendorRegistry;

/** The MAC vendor table: loaded once on first use, refreshed from the IEEE registries on request. */
public final class VendorService {

    private final Path dataDir;
    private volatile VendorLookup table;

    public VendorService(Path dataDir) {
        this.dataDir = dataDir;
    }

    public VendorLookup lookup() {
        VendorLookup t = table;
        if (t == null) {
            t = VendorRegistry.load(dataDir);
            table = t;
        }
        return t;
    }

    /** Where {@link #update} writes, and {@link #lookup} reads first. */
    public Path file() {
        return dataDir.resolve(VendorRegistry.FILE_NAME);
    }

    /** @return the number of prefixes now known */
    public int update(List<Path> sources, Path target) throws IOException {
        int count = VendorRegistry.update(sources, target);
        table = null;
        return count;
    }
}
