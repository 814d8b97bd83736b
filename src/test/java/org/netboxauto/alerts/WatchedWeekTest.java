package org.netboxauto.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.config.AppConfig;
import org.netboxauto.config.AppDirectories;
import org.netboxauto.config.ConfigLoader;
import org.netboxauto.config.ConfigLocations;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.Review;
import org.netboxauto.core.ReviewState;
import org.netboxauto.core.watch.WatchSchedule;
import org.netboxauto.discovery.Collector;
import org.netboxauto.discovery.DiscoveryListener;
import org.netboxauto.discovery.DiscoveryOrchestrator;
import org.netboxauto.discovery.FixedSourceCollector;
import org.netboxauto.discovery.RunControl;
import org.netboxauto.service.AlertService;
import org.netboxauto.service.DiscoveryService;
import org.netboxauto.service.StagingStore;
import org.netboxauto.service.StoreAccess;
import org.netboxauto.store.MyBatisStagingStoreOpener;
import org.netboxauto.testsupport.MutableClock;
import org.netboxauto.testsupport.SmtpPeer;

/**
 * A week compressed: the watch schedule runs the router every 6 h and Proxmox every 12 h over an office
 * that changes — a laptop appears, a desk moves ports, a VM vanishes, a new VM comes, a guest plugs into
 * the printer's port. Each alert arrives once on the webhook and once by mail (aiosmtpd, STARTTLS and a
 * login), and the rule approves every VM.
 */
class WatchedWeekTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T06:00:00Z");
    private static final String ROUTER = "routeros:core";
    private static final String PROXMOX = "proxmox:pve1";
    private static final String PRINTER = "00:1b:a9:00:00:05";
    private static final String DESK = "00:1b:a9:00:00:06";
    private static final String LAPTOP = "3c:22:fb:00:00:10";
    private static final String GUEST = "3c:22:fb:00:00:20";
    private static final String VM_WEB = "bc:24:11:00:00:01";
    private static final String VM_DB = "bc:24:11:00:00:02";
    private static final String VM_OLD = "bc:24:11:00:00:03";
    private static final String VM_NEW = "bc:24:11:00:00:04";

    @TempDir
    Path home;

    private HttpServer receiver;
    private final List<String> hooks = new CopyOnWriteArrayList<>();
    private SmtpPeer smtp;
    private int smtpPort;
    private Path cert;
    private Path inbox;

    @BeforeEach
    void startPeers() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            hooks.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        smtp = SmtpPeer.start(home, "alerts", "m4il-s3cret");
        smtpPort = smtp.port();
        cert = smtp.cert();
        inbox = smtp.inbox();
    }

    @AfterEach
    void stopPeers() throws Exception {
        receiver.stop(0);
        smtp.close();
    }

    @Test
    void aWeekOfScheduledRunsTellsEachChangeOnceOnBothChannelsAndTheRuleApprovesTheVms() throws Exception {
        AppDirectories dirs = new AppDirectories(home.resolve("config"), home.resolve("data"));
        AppConfig config = config(dirs);
        MutableClock clock = new MutableClock(MONDAY);
        StoreAccess stores = new StoreAccess(new MyBatisStagingStoreOpener(), dirs.dataDir());
        AlertService alerts = new AlertService(stores, new ChannelSender(), clock);
        WatchSchedule schedule = new WatchSchedule(Map.of(ROUTER, Duration.ofHours(6), PROXMOX, Duration.ofHours(12)),
                Optional.empty(), ZoneId.of("UTC"));
        Map<String, Instant> lastRead = new HashMap<>();
        Instant end = MONDAY.plus(Duration.ofDays(7));
        int runs = 0;
        Map<String, Integer> ruled = new TreeMap<>();
        for (Instant now = MONDAY; now.isBefore(end); now = schedule.next(now.plusSeconds(1), lastRead)) {
            clock.set(now);
            List<String> due = schedule.due(now, lastRead);
            Instant at = now;
            DiscoveryService discovery = new DiscoveryService(stores, sources -> lab(at),
                    () -> mac -> Optional.empty(), new DiscoveryOrchestrator(Executors.newVirtualThreadPerTaskExecutor(),
                            clock), Optional.of(alerts));
            discovery.discover(config, due, DiscoveryListener.NONE, new RunControl()).ruled()
                    .forEach((rule, n) -> ruled.merge(rule, n, Integer::sum));
            AlertService.Delivered delivered = alerts.deliver(config);
            assertThat(delivered.failed()).as("at %s: %s", now, delivered.problems()).isZero();
            due.forEach(id -> lastRead.put(id, at));
            runs++;
        }
        assertThat(runs).as("runs in the week: the router every 6 h, Proxmox with every second").isEqualTo(28);

        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> byKey = new TreeMap<>();
        List<String> kinds = new ArrayList<>();
        for (String body : hooks) {
            JsonNode event = json.readTree(body);
            byKey.merge(event.path("key").asText(), 1, Integer::sum);
            kinds.add(event.path("event").asText() + " " + event.path("mac").asText());
        }
        assertThat(byKey.values()).as("each alert once on the webhook: %s", byKey).allMatch(n -> n == 1);
        assertThat(kinds).containsExactlyInAnyOrder(
                "new " + PRINTER, "new " + DESK, "new " + VM_WEB, "new " + VM_DB, "new " + VM_OLD,
                "new " + LAPTOP, "moved " + DESK, "gone " + VM_OLD, "new " + VM_NEW, "new " + GUEST,
                "new-mac-on-stable-port " + GUEST);
        List<String> subjects = new ArrayList<>();
        try (var files = Files.list(inbox)) {
            for (Path eml : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                // headers longer than a line are folded (RFC 5322 2.2.3)
                String unfolded = Files.readString(eml).replaceAll("\r?\n[ \t]+", " ");
                unfolded.lines().filter(l -> l.startsWith("Subject: ")).findFirst().ifPresent(subjects::add);
            }
        }
        assertThat(subjects).as("each alert once by mail").hasSize(hooks.size()).doesNotHaveDuplicates();
        assertThat(subjects).anySatisfy(s -> assertThat(s).contains("desk (00:1b:a9:00:00:06) moved from sw1 ether6 vlan 10 to sw1 ether8 vlan 10"));
        assertThat(subjects).anySatisfy(s -> assertThat(s).contains("new MAC 3c:22:fb:00:00:20 (guest) on sw1 ether5"
                + " vlan 10, where only printer (00:1b:a9:00:00:05) was seen for at least 3 days"));

        try (StagingStore store = stores.open(config.store())) {
            Map<MacAddress, Review> reviews = store.reviews();
            for (String vm : List.of(VM_WEB, VM_DB, VM_OLD, VM_NEW)) {
                Review r = reviews.get(MacAddress.of(vm));
                assertThat(r).as("the rule decided %s", vm).isNotNull();
                assertThat(r.state()).isEqualTo(ReviewState.APPROVED);
                assertThat(r.rule()).contains("vms");
            }
            for (String other : List.of(PRINTER, DESK, LAPTOP, GUEST)) {
                assertThat(reviews).as("no rule for %s", other).doesNotContainKey(MacAddress.of(other));
            }
        }
        assertThat(ruled).containsEntry("vms", 4);
    }

    /** The office at {@code at}: what the router's leases and bridge and the Proxmox host report. */
    private static List<Collector> lab(Instant at) {
        long day = Duration.between(MONDAY, at).toDays();
        List<Observation> router = new ArrayList<>();
        office(router, at, PRINTER, "printer", "10.0.0.5", "ether5");
        office(router, at, DESK, "desk", "10.0.0.6", day < 2 ? "ether6" : "ether8");
        if (day >= 1) {
            office(router, at, LAPTOP, "laptop", "10.0.0.10", "ether7");
        }
        if (day >= 5) {
            office(router, at, GUEST, "guest", "10.0.0.20", "ether5");
        }
        List<Observation> proxmox = new ArrayList<>();
        vm(proxmox, at, VM_WEB, "vm-web", "10.0.1.1");
        vm(proxmox, at, VM_DB, "vm-db", "10.0.1.2");
        if (day < 3) {
            vm(proxmox, at, VM_OLD, "vm-old", "10.0.1.3");
        }
        if (day >= 4) {
            vm(proxmox, at, VM_NEW, "vm-new", "10.0.1.4");
        }
        return List.of(FixedSourceCollector.returning(ROUTER, router), FixedSourceCollector.returning(PROXMOX, proxmox));
    }

    private static void office(List<Observation> out, Instant at, String mac, String name, String ip, String port) {
        out.add(new Observation(ROUTER, at, MacAddress.of(mac), List.of(ip), Optional.of(name), Optional.empty(),
                Map.of(Evidence.TABLE, "dhcp-leases")));
        out.add(new Observation(ROUTER, at, MacAddress.of(mac), List.of(), Optional.empty(), Optional.empty(),
                Map.of(Evidence.TABLE, "bridge-hosts", Evidence.SWITCH, "sw1", Evidence.PORT, port,
                        Evidence.VLAN, "10")));
    }

    private static void vm(List<Observation> out, Instant at, String mac, String name, String ip) {
        out.add(new Observation(PROXMOX, at, MacAddress.of(mac), List.of(ip), Optional.of(name), Optional.empty(),
                Map.of()));
    }

    private AppConfig config(AppDirectories dirs) throws Exception {
        Path mailSecret = Files.writeString(home.resolve("mail.pass"), "m4il-s3cret");
        Files.setPosixFilePermissions(mailSecret, PosixFilePermissions.fromString("rw-------"));
        Files.createDirectories(dirs.configDir());
        Files.writeString(dirs.defaultConfigFile(), """
                sources.routeros = [ { name = core, host = "127.0.0.1", username = u, password = p } ]
                review.kinds = [server, vm, workstation, printer]
                review.rules = [ { name = vms, when { source = "%s" }, then { state = approved, kind = vm } } ]
                alerts {
                  gone-after = 1d
                  port-stable-after = 3d
                  channels = [
                    { name = hook, webhook { url = "http://127.0.0.1:%d/hook", timeout = 5s } }
                    { name = mail, email { host = "127.0.0.1", port = %d, security = starttls, username = alerts,
                        password-file = "%s", from = "netbox-auto@example.com", to = ["noc@example.com"],
                        timeout = 5s, tls.ca-file = "%s" } }
                  ]
                }
                """.formatted(PROXMOX, receiver.getAddress().getPort(), smtpPort, mailSecret, cert));
        Files.setPosixFilePermissions(dirs.defaultConfigFile(), PosixFilePermissions.fromString("rw-------"));
        return new ConfigLoader(new ConfigLocations(dirs, Map.of(), true)).load(Optional.empty()).config()
                .orElseThrow();
    }
}
