package org.netboxauto.discovery.routeros.peer;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.netboxauto.testsupport.TestCertificates;

/**
 * A MikroTik router on loopback for tests: the API (plain or TLS) speaking the binary word
 * protocol over real sockets, or the REST API over HTTPS, serving {@link PeerTables}.
 */
public final class RouterOsPeer implements AutoCloseable {

    private final ServerSocket server;
    private final HttpsServer rest;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();

    private RouterOsPeer(ServerSocket server, HttpsServer rest) {
        this.server = server;
        this.rest = rest;
    }

    /** The API on a plain TCP port, like service {@code api} (8728). */
    public static RouterOsPeer api(PeerOptions options) throws IOException {
        return serving(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), options);
    }

    /** The API over TLS presenting {@code certificate}, like service {@code api-ssl} (8729). */
    public static RouterOsPeer apiSsl(PeerOptions options, TestCertificates certificate) throws IOException {
        return serving(certificate.serverContext().getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress()), options);
    }

    /** REST under {@code /rest} over HTTPS presenting {@code certificate}, like service {@code www-ssl}. */
    public static RouterOsPeer rest(PeerOptions options, TestCertificates certificate) throws IOException {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        https.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
        RouterOsPeer peer = new RouterOsPeer(null, https);
        https.createContext("/rest/", new RestPeerHandler(options, peer.log));
        https.setExecutor(peer.threads);
        https.start();
        return peer;
    }

    private static RouterOsPeer serving(ServerSocket server, PeerOptions options) {
        RouterOsPeer peer = new RouterOsPeer(server, null);
        peer.threads.submit(() -> peer.acceptLoop(options));
        return peer;
    }

    private void acceptLoop(PeerOptions options) {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                threads.submit(() -> serve(socket, options));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket, PeerOptions options) {
        try (socket) {
            new ApiPeerSession(socket, options, log).run();
        } catch (IOException e) {
            // the client went away or the test closed the peer
        } finally {
            open.remove(socket);
        }
    }

    /** What clients did, e.g. {@code login challenge admin}, {@code /ip/arp/print .proplist=address,…}. */
    public List<String> log() {
        return List.copyOf(log);
    }

    public int port() {
        return server != null ? server.getLocalPort() : rest.getAddress().getPort();
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
        if (rest != null) {
            rest.stop(0);
        }
        for (Socket s : open) {
            s.close();
        }
        threads.shutdownNow();
    }
}
