package org.netboxauto.config;

/** The whole validated configuration, loaded once and passed down. */
public record AppConfig(NetBoxConfig netbox, StoreConfig store, SourcesConfig sources,
                        CorrelationConfig correlation, ReviewConfig review, DnsConfig dns, WatchConfig watch,
                        AlertsConfig alerts, NamesConfig names) {

    /** With name lookups off. */
    public AppConfig(NetBoxConfig netbox, StoreConfig store, SourcesConfig sources, CorrelationConfig correlation,
            ReviewConfig review, DnsConfig dns, WatchConfig watch, AlertsConfig alerts) {
        this(netbox, store, sources, correlation, review, dns, watch, alerts, NamesConfig.off());
    }

    /** Every key at its default, as an empty configuration file gives. */
    public static AppConfig defaults() {
        return read(ConfigSection.root(com.typesafe.config.ConfigFactory.empty(), new ConfigProblems()));
    }

    static AppConfig read(ConfigSection root) {
        AppConfig config = new AppConfig(
                NetBoxConfig.read(root.section("netbox")),
                StoreConfig.read(root.section("store")),
                SourcesConfig.read(root.section("sources")),
                CorrelationConfig.read(root.section("correlation")),
                ReviewConfig.read(root.section("review")),
                DnsConfig.read(root.section("dns")),
                WatchConfig.read(root.section("watch")),
                AlertsConfig.read(root.section("alerts")),
                NamesConfig.read(root.section("names")));
        SiteRulesConfig.checkSources(root, config.sources());
        root.reportUnknownKeys();
        return config;
    }
}
