package org.netboxauto.discovery;

import java.util.List;
import org.netboxauto.config.SourcesConfig;

/** Makes a collector for each configured source that has one. */
public interface CollectorFactory {

    List<Collector> create(SourcesConfig sources);
}
