package org.netboxauto.discovery.routeros;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.netboxauto.discovery.routeros.ApiProtocolException.Kind;

/**
 * Reads API sentences: words up to a zero-length word. A word longer than the limit is refused
 * before its bytes are read, so a broken or hostile peer cannot make us allocate gigabytes.
 */
final class SentenceReader {

    /** Far above any real row (a long comment is a few KiB). */
    static final int DEFAULT_MAX_WORD = 1024 * 1024;
    private static final int MAX_WORDS = 10_000;
    /** A reply row is a few hundred bytes; many large words together are not a row. */
    static final int MAX_SENTENCE = 4 * 1024 * 1024;
    /** Reply types ({@code !re}, {@code !done}…) are short; a long first word is not a reply. */
    private static final int MAX_REPLY_TYPE = 32;

    private final InputStream in;
    private final int maxWord;

    SentenceReader(InputStream in, int maxWord) {
        this.in = in;
        this.maxWord = maxWord;
    }

    /** The next non-empty sentence, or null at a clean end of stream between sentences. */
    List<byte[]> next() throws IOException {
        while (true) {
            List<byte[]> words = new ArrayList<>();
            long bytes = 0;
            while (true) {
                byte[] word = word(words.isEmpty(), MAX_SENTENCE - bytes);
                if (word == null) {
                    return null;
                }
                if (word.length == 0) {
                    break;
                }
                if (words.size() == MAX_WORDS) {
                    throw new ApiProtocolException(Kind.MALFORMED, "a reply sentence has more than " + MAX_WORDS
                            + " words");
                }
                words.add(word);
                bytes += word.length;
            }
            if (!words.isEmpty()) {
                return words;
            }
        }
    }

    private byte[] word(boolean atSentenceStart, long room) throws IOException {
        int first = in.read();
        if (first < 0) {
            if (atSentenceStart) {
                return null;
            }
            throw truncated();
        }
        int size = ApiWords.prefixSize(first);
        if (size < 0) {
            throw new ApiProtocolException(Kind.MALFORMED,
                    String.format("byte 0x%02X cannot start an API word", first));
        }
        byte[] prefix = new byte[size];
        prefix[0] = (byte) first;
        readFully(prefix, 1, size - 1);
        long length = ApiWords.lengthOf(prefix, size);
        if (length > maxWord) {
            throw new ApiProtocolException(Kind.TOO_BIG, "a word of " + length + " bytes is larger than the " + maxWord
                    + " bytes accepted");
        }
        if (length > room) {
            throw new ApiProtocolException(Kind.TOO_BIG, "a reply sentence is larger than the " + MAX_SENTENCE
                    + " bytes accepted");
        }
        if (atSentenceStart && length > MAX_REPLY_TYPE) {
            throw notAReply();
        }
        byte[] word = new byte[(int) length];
        readFully(word, 0, Math.min(1, word.length));
        if (atSentenceStart && word.length > 0 && word[0] != '!') {
            throw notAReply();
        }
        readFully(word, 1, word.length - 1);
        return word;
    }

    private void readFully(byte[] buffer, int from, int count) throws IOException {
        int done = 0;
        while (done < count) {
            int n = in.read(buffer, from + done, count - done);
            if (n < 0) {
                throw truncated();
            }
            done += n;
        }
    }

    private static ApiProtocolException notAReply() {
        return new ApiProtocolException(Kind.NOT_ROUTEROS, "the peer's answer is not a RouterOS API reply");
    }

    private static ApiProtocolException truncated() {
        return new ApiProtocolException(Kind.CUT, "the connection was closed in the middle of a reply");
    }
}
