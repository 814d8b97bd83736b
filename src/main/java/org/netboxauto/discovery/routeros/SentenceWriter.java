package org.netboxauto.discovery.routeros;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Encodes one API sentence: each word length-prefixed, then the empty word. */
final class SentenceWriter {

    private SentenceWriter() {
    }

    static byte[] encode(List<String> words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String word : words) {
            byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
            ApiWords.writeLength(out, bytes.length);
            out.writeBytes(bytes);
        }
        out.write(0);
        return out.toByteArray();
    }
}
