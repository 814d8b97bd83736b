package org.netboxauto.discovery.proxmox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.netboxauto.config.ProxmoxSource;
import org.netboxauto.core.Observation;
import org.netboxauto.core.SourceKind;
import org.netboxauto.discovery.CollectorContext;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.discovery.ConfiguredCollector;
import org.netboxauto.net.PeerTrust;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** QEMU VMs and LXC containers of a Proxmox VE cluster or node: one observation per NIC with a MAC. */
public final class ProxmoxCollector extends ConfiguredCollector {

    private static final Logger LOG = LoggerFactory.getLogger(ProxmoxCollector.class);
    private static final int PARALLEL_READS = 8;
    private static final long PROGRESS_EVERY_NANOS = 200_000_000L;

    private final ProxmoxSource source;

    public ProxmoxCollector(ProxmoxSource source, String configKey) {
        super(SourceKind.PROXMOX, source.name(), configKey);
        this.source = source;
    }



    @Override
    public Duration timeout() {
        return source.timeout();
    }

    /** Logs in and returns the Proxmox VE version, e.g. "8.2.4": a connection test. */
    public String proxmoxVersion(CollectorContext context) throws CollectorException, InterruptedException {
        ProxmoxFailures failures = failures();
        try (ProxmoxHttp http = new ProxmoxHttp(source.url(), trust(), source.timeout(), 1, failures)) {
            context.onCancel(http);
            return login(http, failures);
        }
    }

    private PeerTrust trust() throws CollectorException {
        try {
            return PeerTrust.of(source.tls(), configKey() + ".");
        } catch (IllegalArgumentException e) {
            throw new CollectorException(sourceId() + ": " + e.getMessage(), e);
        }
    }

    private ProxmoxFailures failures() {
        String endpoint = source.url().getHost() + ":" + (source.url().getPort() < 0 ? 443 : source.url().getPort());
        return new ProxmoxFailures(sourceId(), configKey(), endpoint, source.timeout(), loginName());
    }

    @Override
    public List<Observation> collect(CollectorContext context) throws CollectorException, InterruptedException {
        PeerTrust trust = trust();
        ProxmoxFailures failures = failures();
        try (ProxmoxHttp http = new ProxmoxHttp(source.url(), trust, source.timeout(), PARALLEL_READS + 1, failures)) {
            context.onCancel(http);
            try {
                login(http, failures);
                List<GuestRef> guests = guests(http, failures, context);
                return readAll(guests, new GuestReader(sourceId(), http, failures, source.guestAgent(), context.now()),
                        context);
            } catch (CollectorException e) {
                if (context.cancelled() || Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException(sourceId() + " cancelled");
                }
                throw e;
            }
        }
    }

    private String loginName() {
        return source.tokenId().map(id -> "API token " + id)
                .orElseGet(() -> "login of user " + source.username().orElse("?"));
    }

    private String login(ProxmoxHttp http, ProxmoxFailures failures) throws CollectorException {
        try {
            if (source.tokenId().isPresent() && source.tokenSecret().isPresent()) {
                http.useToken(source.tokenId().get(), source.tokenSecret().get().reveal());
            } else if (source.username().isPresent() && source.password().isPresent()) {
                JsonNode ticket = http.post("/access/ticket", List.of(
                        new BasicNameValuePair("username", source.username().get()),
                        new BasicNameValuePair("password", source.password().get().reveal())));
                if (!ticket.path("ticket").isTextual()) {
                    throw new CollectorException(sourceId() + " (" + configKey() + "): the login of "
                            + source.username().get() + " returned no ticket (two-factor authentication is on?);"
                            + " use an API token in " + configKey() + ".token-id instead");
                }
                http.useTicket(ticket.path("ticket").asText());
            } else {
                throw new CollectorException(sourceId() + " (" + configKey() + "): no login configured; set "
                        + configKey() + ".token-id and token-secret");
            }
            JsonNode version = http.get("/version");
            String release = version.path("version").asText("?");
            LOG.info("{}: Proxmox VE {} as {}", sourceId(), release, loginName());
            return release;
        } catch (ProxmoxReplyException e) {
            throw failures.reply(e);
        }
    }

    private List<GuestRef> guests(ProxmoxHttp http, ProxmoxFailures failures, CollectorContext context)
            throws CollectorException {
        JsonNode items;
        try {
            items = http.get("/cluster/resources?type=vm");
        } catch (ProxmoxReplyException e) {
            throw failures.reply(e);
        }
        if (!items.isArray()) {
            throw failures.notProxmox("GET /cluster/resources?type=vm", items.toString());
        }
        List<GuestRef> guests = new ArrayList<>();
        int templates = 0;
        for (JsonNode item : items) {
            var guest = GuestRef.of(item);
            if (guest.isPresent() && guest.get().template()) {
                templates++;
            } else {
                guest.ifPresent(guests::add);
            }
        }
        context.progress("found " + guests.size() + (guests.size() == 1 ? " guest (" : " guests (") + templates
                + (templates == 1 ? " template skipped)" : " templates skipped)"));
        if (items.isEmpty()) {
            LOG.warn("{}: the {} sees no guests; if there are some, give it VM.Audit (e.g. PVEAuditor on /)",
                    sourceId(), loginName());
        }
        return guests;
    }

    private List<Observation> readAll(List<GuestRef> guests, GuestReader reader, CollectorContext context)
            throws CollectorException, InterruptedException {
        Semaphore slots = new Semaphore(PARALLEL_READS);
        List<Observation> out = new ArrayList<>();
        // Cheap virtual threads named for the source; the semaphore, not the executor, spares the cluster.
        try (ExecutorService executor = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("proxmox-" + source.name() + "-", 0).factory())) {
            CompletionService<List<Observation>> done = new ExecutorCompletionService<>(executor);
            for (GuestRef guest : guests) {
                done.submit(() -> {
                    slots.acquire();
                    try {
                        return reader.read(guest);
                    } finally {
                        slots.release();
                    }
                });
            }
            long lastReport = System.nanoTime();
            for (int i = 1; i <= guests.size(); i++) {
                try {
                    out.addAll(done.take().get());
                } catch (ExecutionException e) {
                    executor.shutdownNow();
                    if (e.getCause() instanceof CollectorException c) {
                        throw c;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    executor.shutdownNow();
                    throw e;
                }
                if (i == guests.size() || System.nanoTime() - lastReport > PROGRESS_EVERY_NANOS) {
                    context.progress("read " + i + " of " + guests.size() + " guests");
                    lastReport = System.nanoTime();
                }
            }
        }
        return out;
    }
}
