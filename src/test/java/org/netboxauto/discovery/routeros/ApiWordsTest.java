package org.netboxauto.discovery.routeros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Length prefixes at every boundary (ROUTEROS.md §2.1 and the go-routeros / librouteros vectors). */
class ApiWordsTest {

    @ParameterizedTest
    @CsvSource({
        "0, 00", "1, 01", "127, 7F", "128, 8080", "130, 8082", "135, 8087", "16383, BFFF",
        "16384, C04000", "17185, C04321", "2097140, DFFFF4", "2097151, DFFFFF",
        "2097152, E0200000", "2805231, E02ACDEF", "268435440, EFFFFFF0", "268435455, EFFFFFFF",
        "268435456, F010000000", "268435584, F010000080"
    })
    void encodesAndDecodesEachPrefixSize(long length, String hex) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ApiWords.writeLength(out, (int) length);
        assertThat(HexFormat.of().withUpperCase().formatHex(out.toByteArray())).isEqualTo(hex);

        byte[] prefix = HexFormat.of().parseHex(hex);
        int size = ApiWords.prefixSize(prefix[0] & 0xFF);
        assertThat(size).isEqualTo(prefix.length);
        assertThat(ApiWords.lengthOf(prefix, size)).isEqualTo(length);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 127, 128, 16383, 16384, 2097151, 2097152})
    void aWordOfEachBoundaryLengthSurvivesTheWire(int length) throws IOException {
        String word = ("=c=" + "x".repeat(Math.max(0, length - 3))).substring(0, length);
        byte[] wire = SentenceWriter.encode(List.of("!re", word));
        List<byte[]> read = new SentenceReader(new ByteArrayInputStream(wire), 4 * 1024 * 1024).next();
        // a zero-length word ends the sentence, so only the type remains then
        assertThat(read).hasSize(length == 0 ? 1 : 2);
        if (length > 0) {
            assertThat(read.get(1)).hasSize(length);
            assertThat(new String(read.get(1), StandardCharsets.UTF_8)).isEqualTo(word);
        }
    }

    @Test
    void theLoginSentenceMatchesTheComposedBytes() {
        byte[] wire = SentenceWriter.encode(List.of("/login", "=name=admin", "=password=secret"));
        assertThat(HexFormat.of().withUpperCase().formatHex(wire)).isEqualTo(
                "062F6C6F67696E" + "0B3D6E616D653D61646D696E" + "103D70617373776F72643D736563726574" + "00");
    }

    @Test
    void lengthsCountBytesNotCharacters() {
        byte[] wire = SentenceWriter.encode(List.of("=host-name=Łukasz-PC"));
        assertThat(wire[0]).isEqualTo((byte) 0x15);
    }

    @ParameterizedTest
    @ValueSource(ints = {0xF1, 0xF7, 0xF8, 0xFF})
    void controlBytesAreRefused(int first) {
        byte[] wire = {(byte) first, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> new SentenceReader(new ByteArrayInputStream(wire), 1024).next())
                .isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining(String.format("0x%02X", first));
    }

    @Test
    void aWordAboveTheLimitIsRefusedBeforeItIsRead() {
        byte[] wire = HexFormat.of().parseHex("03215245" + "F010000000");
        assertThatThrownBy(() -> new SentenceReader(new ByteArrayInputStream(wire), SentenceReader.DEFAULT_MAX_WORD)
                .next())
                .isInstanceOf(ApiProtocolException.class)
                .hasMessage("a word of 268435456 bytes is larger than the 1048576 bytes accepted");
    }

    @Test
    void aReplyCutShortIsNamedSo() {
        byte[] wire = HexFormat.of().parseHex("03215245" + "05" + "3D613D");
        assertThatThrownBy(() -> new SentenceReader(new ByteArrayInputStream(wire), 1024).next())
                .isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("closed in the middle of a reply");
    }

    @Test
    void textThatIsNotAReplyIsRefusedAtItsFirstByte() {
        byte[] wire = "SSH-2.0-OpenSSH_9.6\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> new SentenceReader(new ByteArrayInputStream(wire), 1024).next())
                .isInstanceOf(ApiProtocolException.class)
                .hasMessageContaining("not a RouterOS API reply");
    }

    @Test
    void emptySentencesAreSkippedAndACleanEndIsNull() throws IOException {
        byte[] wire = HexFormat.of().parseHex("00" + "00" + "052164" + "6F6E6500");
        SentenceReader reader = new SentenceReader(new ByteArrayInputStream(wire), 1024);
        assertThat(reader.next()).singleElement().extracting(b -> new String(b, StandardCharsets.UTF_8))
                .isEqualTo("!done");
        assertThat(reader.next()).isNull();
    }

    @Test
    void attributesSplitOnTheSecondEqualsSignOnly() {
        ApiReply reply = ApiReply.parse(List.of(bytes("!re"), bytes("=name=iu=c3Eeg"), bytes("=comment="),
                bytes(".tag=7"), bytes("=odd")));
        assertThat(reply.attributes()).containsEntry("name", "iu=c3Eeg").containsEntry("comment", "")
                .containsEntry("odd", "");
        assertThat(reply.tag()).contains("7");
    }

    @Test
    void hostNamesThatAreNotUtf8FallBackToASingleByteCodePage() {
        assertThat(RouterOsText.decode("Łukasz".getBytes(StandardCharsets.UTF_8))).isEqualTo("Łukasz");
        assertThat(RouterOsText.decode(HexFormat.of().parseHex("C4E8ECE0"))).isEqualTo("Äèìà");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
