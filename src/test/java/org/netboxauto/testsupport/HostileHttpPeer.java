package org.netboxauto.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP/1.1 server on loopback that answers as a broken or hostile peer does: the test writes the raw
 * bytes of each answer (endless bodies, trickles, lying headers, looping links). Plain HTTP only.
 */
public final class HostileHttpPeer implements AutoCloseable {

    /** Writes the answer to one request. */
    @FunctionalInterface
    public interface Behaviour {
        void answer(String method, String target, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final Behaviour behaviour;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private HostileHttpPeer(Behaviour behaviour) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.behaviour = behaviour;
        Thread.ofVirtual().name("hostile-http-accept").start(this::accept);
    }

    public static HostileHttpPeer start(Behaviour behaviour) {
        try {
            return new HostileHttpPeer(behaviour);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** "METHOD target" of every request received. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                Thread.ofVirtual().name("hostile-http").start(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            while (true) {
                String line = in.readLine();
                if (line == null || line.isEmpty()) {
                    return;
                }
                long length = 0;
                for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
                    if (h.toLowerCase().startsWith("content-length:")) {
                        length = Long.parseLong(h.substring(15).strip());
                    }
                }
                in.skip(length);
                String[] parts = line.split(" ");
                requests.add(parts[0] + " " + parts[1]);
                behaviour.answer(parts[0], parts[1], out);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the client went away, as it should once it gives up
        }
    }

    /** A complete JSON answer with this status. */
    public static void json(OutputStream out, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
    }

    /** A 200 whose header declares {@code length} bytes; one is sent, then nothing for a minute. */
    public static void declaring(OutputStream out, long length) throws IOException, InterruptedException {
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n{")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        Thread.sleep(60_000);
    }

    /** A complete 200 JSON answer sent one byte every {@code pause} ms. */
    public static void trickle(OutputStream out, String body, long pause) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        for (byte b : bytes) {
            out.write(b);
            out.flush();
            Thread.sleep(pause);
        }
    }

    /** Starts a chunked answer; the caller writes chunks with {@link #chunk}. */
    public static void chunkedHead(OutputStream out, int status) throws IOException {
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    public static void chunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
