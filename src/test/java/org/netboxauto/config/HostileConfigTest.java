package org.netboxauto.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Config files and the files they name, as a careless or hostile hand writes them: errors, never a hang or trace. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileConfigTest {

    @TempDir
    Path dir;

    private LoadedConfig withTokenFile(Path file) throws IOException {
        return new ConfigFixture(dir).load("netbox.token-file = \"" + file + "\"\n");
    }

    @Test
    void aSecretFileThatIsADeviceIsRefusedUnread() throws IOException {
        assertThat(withTokenFile(Path.of("/dev/zero")).errors()).singleElement()
                .satisfies(p -> assertThat(p.describe()).startsWith("netbox.token-file: /dev/zero is not a regular file"));
    }

    @Test
    void aSecretFileThatIsAPipeIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("token.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThat(withTokenFile(fifo).errors()).singleElement()
                .satisfies(p -> assertThat(p.describe()).contains("is not a regular file"));
    }

    @Test
    void aHugeSecretFileIsRefusedWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("token");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        assertThat(withTokenFile(huge).errors()).singleElement()
                .satisfies(p -> assertThat(p.describe()).contains("is larger than 64 KiB"));
    }

    @Test
    void aConfigNestedThreeThousandDeepIsAnErrorNotACrash() throws IOException {
        String deep = "a = " + "{ b = ".repeat(3000) + "1" + " }".repeat(3000) + "\n";
        LoadedConfig loaded = new ConfigFixture(dir).load(deep);
        assertThat(loaded.isValid()).isFalse();
        assertThat(loaded.errors()).singleElement().satisfies(p -> assertThat(p.describe())
                .contains("nests sections or lists too deep to read"));
        String lists = "a = " + "[".repeat(3000) + "]".repeat(3000) + "\n";
        assertThat(new ConfigFixture(dir).load(lists).isValid()).isFalse();
    }

    @Test
    void aCaFileThatIsNoCertificateFailsTheCheck() throws IOException {
        Path ca = dir.resolve("ca.pem");
        Files.writeString(ca, "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
        LoadedConfig loaded = new ConfigFixture(dir).load("netbox.tls.ca-file = \"" + ca + "\"\n");
        assertThat(loaded.errors()).singleElement().satisfies(p -> assertThat(p.describe())
                .startsWith("netbox.tls.ca-file: " + ca + " is not a PEM or DER certificate file"));
        Path empty = dir.resolve("empty.pem");
        Files.writeString(empty, "");
        assertThat(new ConfigFixture(dir).load("netbox.tls.ca-file = \"" + empty + "\"\n").errors())
                .singleElement().satisfies(p -> assertThat(p.describe()).contains("holds no certificate"));
    }
}
