package org.netboxauto.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real SMTP server (Debian's aiosmtpd) on a loopback port that requires STARTTLS and a login, with a
 * certificate of its own made by openssl; each message it takes lands in {@link #inbox()}.
 */
public final class SmtpPeer implements AutoCloseable {

    private final Process smtp;
    private final int port;
    private final Path cert;
    private final Path inbox;

    private SmtpPeer(Process smtp, int port, Path cert, Path inbox) {
        this.smtp = smtp;
        this.port = port;
        this.cert = cert;
        this.inbox = inbox;
    }

    /** Starts it with files under {@code home}, taking {@code user} / {@code password}. */
    public static SmtpPeer start(Path home, String user, String password) throws IOException, InterruptedException {
        Path cert = home.resolve("smtp-cert.pem");
        Path key = home.resolve("smtp-key.pem");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key.toString(), "-out", cert.toString(),
                "-days", "30", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost")
                .redirectErrorStream(true).start();
        String said = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(openssl.waitFor()).as(said).isZero();
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path script = Path.of("src/test/resources/smtp/smtp_peer.py").toAbsolutePath();
        Process smtp = new ProcessBuilder("/usr/bin/python3", script.toString(), String.valueOf(port),
                cert.toString(), key.toString(), inbox.toString(), user, password).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(smtp.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("aiosmtpd did not start").isEqualTo("ready");
        return new SmtpPeer(smtp, port, cert, inbox);
    }

    public int port() {
        return port;
    }

    /** The server's certificate, for {@code tls.ca-file}. */
    public Path cert() {
        return cert;
    }

    public Path inbox() {
        return inbox;
    }

    @Override
    public void close() throws InterruptedException {
        smtp.destroy();
        smtp.waitFor(10, TimeUnit.SECONDS);
    }
}
