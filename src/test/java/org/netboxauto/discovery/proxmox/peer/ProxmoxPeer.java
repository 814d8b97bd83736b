package org.netboxauto.discovery.proxmox.peer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netboxauto.testsupport.TestCertificates;

/**
 * A Proxmox VE cluster over real HTTPS: pveproxy's envelope, auth, errors and delays (PROXMOX.md),
 * serving the nodes and guests of a {@link PeerFixture}.
 */
public final class ProxmoxPeer implements AutoCloseable {

    /** What PVEAuditor grants on PVE 9: enough for the collector. */
    public static final Set<String> AUDITOR = PeerAccounts.AUDITOR;

    private static final Pattern GUEST_PATH = Pattern.compile(
            "/nodes/([^/]+)/(qemu|lxc)/([0-9]+)/(config|agent/network-get-interfaces|interfaces)");
    private static final Pattern NODE_LIST = Pattern.compile("/nodes/([^/]+)/(qemu|lxc)");

    private final PeerFixture fixture;
    private final TestCertificates certificate;
    private final PeerAccounts accounts = new PeerAccounts();
    private final PeerReplies replies;
    private final HttpsServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Queue<String> requests = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile PeerFault fault = PeerFault.NONE;
    private volatile Duration unauthorizedDelay = Duration.ofSeconds(3);
    private volatile Duration agentPingTimeout = Duration.ofSeconds(3);
    private volatile Duration qmpTimeout = Duration.ofSeconds(5);
    private volatile Duration latency = Duration.ZERO;

    public ProxmoxPeer(PeerFixture fixture, TestCertificates certificate, boolean legacyErrors) throws IOException {
        this.fixture = fixture;
        this.certificate = certificate;
        this.replies = new PeerReplies(8006, legacyErrors);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI url() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort());
    }

    public String fingerprint() {
        return certificate.fingerprintSha256();
    }

    public ProxmoxPeer token(String id, String secret, Set<String> privileges) {
        accounts.addToken(id, secret, privileges);
        return this;
    }

    public ProxmoxPeer user(String user, String password, Set<String> privileges) {
        accounts.addUser(user, password, privileges);
        return this;
    }

    public ProxmoxPeer fault(PeerFault value) {
        fault = value;
        return this;
    }

    /** Shortens pveproxy's 3 s penalty and the agent's 3 s ping / 5 s command timeouts for quick tests. */
    public ProxmoxPeer delays(Duration unauthorized, Duration agentPing, Duration qmp) {
        unauthorizedDelay = unauthorized;
        agentPingTimeout = agentPing;
        qmpTimeout = qmp;
        return this;
    }

    /** Time each guest request takes, as a busy node's proxying does. */
    public ProxmoxPeer latency(Duration value) {
        latency = value;
        return this;
    }

    /** {@code GET /path} of every request served, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Replies sent gzip-compressed, as pveproxy does for bodies over 1 KiB when the client offers it. */
    public int gzippedReplies() {
        return replies.gzipped();
    }

    public int maxConcurrentGuestRequests() {
        return maxInFlight.get();
    }

    public PeerFixture fixture() {
        return fixture;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path);
            if (fault == PeerFault.STALL) {
                stopped.await();
                return;
            }
            if (!path.startsWith("/api2/json/")) {
                replies.error(exchange, 501, "no such uri");
                return;
            }
            route(exchange, path.substring("/api2/json".length()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void route(HttpExchange exchange, String path) throws IOException, InterruptedException {
        String method = exchange.getRequestMethod();
        if (method.equals("POST") && path.equals("/access/ticket")) {
            ticket(exchange);
            return;
        }
        PeerAccounts.Result auth = accounts.authenticate(exchange);
        if (auth.caller() == null) {
            Thread.sleep(unauthorizedDelay);
            replies.error(exchange, 401, auth.failure());
            return;
        }
        if (!method.equals("GET")) {
            replies.error(exchange, 501, "Method '" + method + " " + path + "' not implemented");
            return;
        }
        Matcher guest = GUEST_PATH.matcher(path);
        Matcher list = NODE_LIST.matcher(path);
        PeerRoutes routes = new PeerRoutes(fixture, auth.caller());
        PeerReply reply;
        if (guest.matches()) {
            reply = guestCall(routes, guest);
        } else if (list.matches()) {
            reply = routes.nodeList(list.group(1), list.group(2));
        } else {
            reply = switch (path) {
                case "/version" -> PeerReply.data(fixture.version());
                case "/nodes" -> routes.nodes(fingerprint());
                case "/cluster/status" -> routes.clusterStatus();
                case "/cluster/resources" -> routes.resources(query(exchange).get("type"));
                default -> PeerReply.NOT_FOUND;
            };
        }
        if (reply == PeerReply.NOT_FOUND) {
            replies.error(exchange, 501, "Method 'GET " + path + "' not implemented");
        } else if (!reply.ok()) {
            Thread.sleep(reply.after());
            replies.error(exchange, reply.status(), reply.message());
        } else if (fault == PeerFault.GARBAGE) {
            replies.garbage(exchange);
        } else if (fault == PeerFault.CLOSE_MID_REPLY) {
            replies.halfThenClose(exchange, reply.data());
        } else {
            replies.data(exchange, reply.data());
        }
    }

    private PeerReply guestCall(PeerRoutes routes, Matcher m) throws InterruptedException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            Thread.sleep(latency);
            String node = m.group(1);
            String type = m.group(2);
            int vmid = Integer.parseInt(m.group(3));
            if (routes.nodeDown(node).isPresent()) {
                return routes.nodeDown(node).get();
            }
            return switch (m.group(4)) {
                case "config" -> fault == PeerFault.FORBID_CONFIG
                        ? PeerReply.error(403, "Permission check failed (/vms/" + vmid + ", VM.Audit)")
                        : routes.config(node, type, vmid);
                case "interfaces" -> type.equals("lxc") ? routes.lxcInterfaces(node, vmid) : PeerReply.NOT_FOUND;
                default -> type.equals("qemu") ? routes.agentInterfaces(node, vmid, agentPingTimeout, qmpTimeout)
                        : PeerReply.NOT_FOUND;
            };
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void ticket(HttpExchange exchange) throws IOException, InterruptedException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        var ticket = accounts.login(form.get("username"), form.get("password"));
        if (ticket.isEmpty()) {
            Thread.sleep(unauthorizedDelay);
            replies.error(exchange, 401, "authentication failure");
            return;
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("username", form.get("username"))
                .put("ticket", ticket.get()).put("CSRFPreventionToken", "6812A3F0:Y3NyZnByZXZlbnRpb250b2tlbg")
                .put("clustername", fixture.cluster());
        data.putObject("cap").putObject("vms").put("VM.Audit", 1);
        replies.data(exchange, data);
    }

    private static Map<String, String> query(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawQuery();
        return raw == null ? Map.of() : form(raw);
    }

    private static Map<String, String> form(String text) {
        Map<String, String> out = new HashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Override
    public void close() {
        stopped.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
