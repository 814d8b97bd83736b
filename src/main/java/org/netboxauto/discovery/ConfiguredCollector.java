package org.netboxauto.discovery;

import org.netboxauto.core.SourceIds;
import org.netboxauto.core.SourceKind;

/** A collector of one configured source: its id ({@code kind:name}) and the config key that errors name. */
public abstract class ConfiguredCollector implements Collector {

    private final String sourceId;
    private final String configKey;

    /** @param configKey e.g. {@code sources.routeros[0]}, named in every error */
    protected ConfiguredCollector(SourceKind kind, String name, String configKey) {
        this.sourceId = SourceIds.of(kind, name);
        this.configKey = configKey;
    }

    @Override
    public final String sourceId() {
        return sourceId;
    }

    @Override
    public final String configKey() {
        return configKey;
    }
}
