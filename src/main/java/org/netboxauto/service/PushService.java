package org.netboxauto.service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.NetBoxConfig;
import org.netboxauto.core.HostFilter;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.ReviewState;
import org.netboxauto.core.dns.DnsHost;
import org.netboxauto.core.push.ActionOutcome;
import org.netboxauto.core.push.NbType;
import org.netboxauto.core.push.ObjectRef;
import org.netboxauto.core.push.PlanProblem;
import org.netboxauto.core.push.PushAction;
import org.netboxauto.core.push.PushHost;
import org.netboxauto.core.push.PushInventory;
import org.netboxauto.core.push.PushPlan;
import org.netboxauto.core.push.PushPlanner;
import org.netboxauto.core.push.PushSettings;
import org.netboxauto.netbox.HttpNetBoxClient;
import org.netboxauto.netbox.NetBoxClient;
import org.netboxauto.netbox.NetBoxPushWriter;
import org.netboxauto.netbox.PushInventoryReader;
import org.netboxauto.netbox.ReadProgress;
import org.netboxauto.netbox.RetryPolicy;

/** Plans a push of the approved hosts, shows it, and applies it with a journal; both faces call it. */
public final class PushService {

    private final HostService hosts;
    private final StoreAccess stores;
    private final Function<NetBoxConfig, NetBoxClient> clients;
    private final Executor executor;
    private final Clock clock;
    private final int batchSize;
    private final DnsService dns;

    public PushService(HostService hosts, StoreAccess stores, Function<NetBoxConfig, NetBoxClient> clients,
                       Executor executor, Clock clock) {
        this(hosts, stores, clients, executor, clock, NetBoxPushWriter.BATCH, new DnsService());
    }

    /**
     * @param batchSize objects per bulk request; 1 sends each action on its own
     * @param dns       the DNS targets changes go to after NetBox
     */
    public PushService(HostService hosts, StoreAccess stores, Function<NetBoxConfig, NetBoxClient> clients,
                       Executor executor, Clock clock, int batchSize, DnsService dns) {
        this.batchSize = batchSize;
        this.dns = dns;
        this.hosts = hosts;
        this.stores = stores;
        this.clients = clients;
        this.executor = executor;
        this.clock = clock;
    }

    /** Over NetBox by HTTP. */
    public static PushService of(HostService hosts, StoreAccess stores, Executor executor, Clock clock) {
        return new PushService(hosts, stores, config -> HttpNetBoxClient.of(config, RetryPolicy.DEFAULT), executor,
                clock);
    }

    /**
     * Reads NetBox and plans the push of the approved hosts {@code filter} keeps; writes nothing.
     *
     * @param removals devices and VMs the admin picked for removal
     * @throws org.netboxauto.netbox.NetBoxException when NetBox cannot be read; its message says what to do
     */
    public PushPreview preview(AppConfig config, HostFilter filter, Set<ObjectRef.Existing> removals,
                               ReadProgress progress) {
        return preview(config, filter, removals, Set.of(), progress);
    }

    /**
     * As {@link #preview(AppConfig, HostFilter, Set, ReadProgress)}, leaving out the hosts the admin
     * unticked: they are neither written nor, for lack of them, removed from DNS.
     *
     * @param excluded MACs of approved hosts to leave out of this push
     */
    public PushPreview preview(AppConfig config, HostFilter filter, Set<ObjectRef.Existing> removals,
                               Set<MacAddress> excluded, ReadProgress progress) {
        return preview(config, filter, removals, excluded, OrphanChoice.NONE, progress);
    }

    /**
     * As {@link #preview(AppConfig, HostFilter, Set, Set, ReadProgress)}, with the orphan proposals
     * {@code orphans} picks in the plan: set offline, or removed with their cables. The hosts of a picked
     * orphan are left out of the push like unticked ones. The others are proposed only.
     */
    public PushPreview preview(AppConfig config, HostFilter filter, Set<ObjectRef.Existing> removals,
                               Set<MacAddress> excluded, OrphanChoice orphans, ReadProgress progress) {
        HostFilter approved = new HostFilter(Optional.of(ReviewState.APPROVED), filter.kind(), filter.source(),
                filter.subnet(), filter.search());
        List<HostEntry> everyHost = hosts.hosts(config.store(), HostFilter.ALL);
        List<HostEntry> all = everyHost.stream().filter(e -> e.state() == ReviewState.APPROVED).toList();
        PushSettings settings = PushSettingsFactory.of(config);
        List<org.netboxauto.core.topology.SwitchReport> switches;
        try (StagingStore store = stores.open(config.store())) {
            switches = SwitchReports.configured(config, store.switchReports());
        }
        try (NetBoxClient client = clients.apply(config.netbox())) {
            long start = System.nanoTime();
            long before = client.requestCount();
            PushInventoryReader.Read read = new PushInventoryReader(client, config.netbox().scope(), executor)
                    .read(progress, PushSettingsFactory.deviceTypes(settings), switches.isEmpty() ? Optional.empty()
                            : Optional.of(SwitchReports.serials(switches)));
            PushInventory inventory = read.inventory();
            Duration readTime = Duration.ofNanos(System.nanoTime() - start);
            long planStart = System.nanoTime();
            OrphanStep orphanStep = OrphanStep.of(inventory, settings.tag(), everyHost, clock.instant(),
                    config.netbox().orphans(), orphans, excluded, removals);
            List<PushHost> scope = all.stream().filter(e -> approved.matches(e.host(), e.review()))
                    .filter(e -> !orphanStep.leavesOut(e)).map(e -> new PushHost(e.host(), e.review())).toList();
            PushPlan plan = orphanStep.plan(PushPlanner.plan(scope, inventory, settings, orphanStep.removals(),
                    switches, read.switches()));
            Duration planTime = Duration.ofNanos(System.nanoTime() - planStart);
            DnsPreview dnsPreview = dns.preview(config, scope.stream().map(h -> dnsHost(new HostEntry(h.host(),
                    h.review()))).toList(), all.stream().map(PushService::dnsHost).toList(), leftOut(plan));
            // the release as the read found it: asking NetBox again would cost a request the plan does not need
            return new PushPreview(client.baseUrl(), read.version().toString(), plan, interrupted(config),
                    client.requestCount() - before, readTime, planTime, dnsPreview, dnsError(dnsPreview),
                    orphanStep.proposed());
        }
    }

    /** Hosts the plan keeps out of NetBox (ambiguous, …): they get no DNS change either. */
    private static Map<MacAddress, String> leftOut(PushPlan plan) {
        Map<MacAddress, String> out = new java.util.LinkedHashMap<>();
        for (PlanProblem p : plan.problems()) {
            if (p.blocking()) {
                p.host().ifPresent(mac -> out.putIfAbsent(mac, "the host is not pushed to NetBox (" + p.subject()
                        + " " + p.message() + ")"));
            }
        }
        return out;
    }

    private static Optional<String> dnsError(DnsPreview preview) {
        List<String> errors = preview.targets().stream().flatMap(t -> t.error().stream()).toList();
        return errors.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", errors)
                + "; no DNS change is made there until it can be read");
    }

    /** Applies a previewed plan: every action journaled, a failure stopping only what depends on it. */
    public PushReport apply(AppConfig config, PushPreview preview, PushListener listener, BooleanSupplier cancelled) {
        List<PushAction> actions = preview.plan().actions();
        List<JournalEntry> planned = new ArrayList<>(actions.size());
        for (int i = 0; i < actions.size(); i++) {
            PushAction a = actions.get(i);
            planned.add(new JournalEntry(i, a.key(), a.summary(), ActionOutcome.State.PLANNED, Optional.empty(),
                    Optional.empty(), PlanText.changes(preview.plan(), a)));
        }
        for (PushPreview.DnsLine d : preview.dnsChanges()) {
            planned.add(new JournalEntry(planned.size(), d.key(), d.change().line(), ActionOutcome.State.PLANNED,
                    Optional.empty(), Optional.empty(), d.target().where()));
        }
        for (DnsTargetPlan t : preview.dns().targets()) {
            if (t.error().isPresent()) {
                planned.add(new JournalEntry(planned.size(), DnsTargetOutcome.key(t.target()), "read " + t.where(),
                        ActionOutcome.State.PLANNED, Optional.empty(), Optional.empty(), t.where()));
            }
        }
        long start = System.nanoTime();
        try (StagingStore journal = stores.open(config.store());
             NetBoxClient client = clients.apply(config.netbox())) {
            long pushId = journal.startPush(clock.instant(), preview.netbox().toString(), planned);
            long before = client.requestCount();
            List<ActionOutcome> outcomes = new PushApplier(new NetBoxPushWriter(client, batchSize), journal, pushId, clock)
                    .apply(actions, listener, cancelled);
            OrphanReviews.forgetRemoved(journal, preview, outcomes);
            PushDnsStep.Result dnsResult = new PushDnsStep.Result(List.of(), List.of());
            if (!cancelled.getAsBoolean()) {
                dnsResult = new PushDnsStep(dns, journal, pushId, clock).apply(config, preview,
                        notInNetBox(actions, outcomes));
                journal.finishPush(pushId, clock.instant());
            }
            return new PushReport(pushId, outcomes, dnsResult.changes(), links(preview, actions, outcomes),
                    client.requestCount() - before, Duration.ofNanos(System.nanoTime() - start), dnsResult.targets());
        }
    }

    /** Hosts with an action that did not succeed, each with the first such action. */
    private static Map<MacAddress, String> notInNetBox(List<PushAction> actions, List<ActionOutcome> outcomes) {
        Map<MacAddress, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < actions.size(); i++) {
            PushAction a = actions.get(i);
            if (outcomes.get(i).state() != ActionOutcome.State.OK) {
                a.host().ifPresent(mac -> out.putIfAbsent(mac, a.summary() + " did not succeed"));
            }
        }
        return out;
    }

    public Optional<PushSummary> lastPush(AppConfig config) {
        try (StagingStore store = stores.open(config.store())) {
            return store.lastPush();
        }
    }

    public List<JournalEntry> journal(AppConfig config, long pushId) {
        try (StagingStore store = stores.open(config.store())) {
            return store.pushActions(pushId);
        }
    }

    private static DnsHost dnsHost(HostEntry e) {
        return new DnsHost(e.host().mac(), e.review().nameOverride().or(() -> e.host().hostnameValue()),
                e.host().ipValues());
    }

    private Optional<PushSummary> interrupted(AppConfig config) {
        return lastPush(config).filter(p -> p.finished().isEmpty());
    }

    private static Map<String, String> links(PushPreview preview, List<PushAction> actions, List<ActionOutcome> outcomes) {
        Map<String, String> links = new java.util.LinkedHashMap<>();
        String base = preview.netbox().toString().replaceAll("/+$", "");
        for (int i = 0; i < actions.size(); i++) {
            PushAction a = actions.get(i);
            ActionOutcome o = outcomes.get(i);
            Optional<Long> id = o.id().or(() -> a.target().filter(ObjectRef.Existing.class::isInstance)
                    .map(t -> ((ObjectRef.Existing) t).id()));
            if (o.state() == ActionOutcome.State.OK && id.isPresent() && a.type() != NbType.TAG
                    && a.verb() != org.netboxauto.core.push.ActionVerb.DELETE) {
                String url = base + NetBoxPushWriter.path(a.type()).replaceFirst("^/api", "") + id.get() + "/";
                if (!links.containsValue(url)) {
                    links.put(a.key(), url);
                }
            }
        }
        return links;
    }
}
